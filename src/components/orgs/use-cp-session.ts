import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchSession, redirectToLogin } from "@/lib/auth";

/** The control-plane session for app-host pages; an anonymous visitor is sent to sign-in. */
export function useCpSession() {
  const query = useQuery({
    queryKey: ["cp-session"],
    queryFn: ({ signal }) => fetchSession({ signal }),
    retry: false,
    staleTime: Infinity,
  });
  useEffect(() => {
    if (query.data === null) redirectToLogin("sign-in");
  }, [query.data]);
  return query;
}
