export NEXT_PUBLIC_PLATFORM_URL=http://app.moleculesai.test:8080
export NEXT_PUBLIC_SAAS_HOST_SUFFIX=.moleculesai.test
export NEXT_PUBLIC_AUTH_ORIGIN=http://app.moleculesai.test:8080
export NEXT_TELEMETRY_DISABLED=1
