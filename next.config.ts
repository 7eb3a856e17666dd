import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Tenant subdomains in local and end-to-end runs (`*.moleculesai.test`) load dev assets cross-host.
  allowedDevOrigins: ["*.moleculesai.test"],
};

export default nextConfig;
