import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { sessionQueries } from "@/lib/api/session";
import { redirectToLogin } from "@/lib/auth";

/** The control-plane session for app-host pages; an anonymous visitor is sent to sign-in. */
export function useCpSession() {
  const query = useQuery(sessionQueries.current());
  useEffect(() => {
    if (query.data === null) redirectToLogin("sign-in");
  }, [query.data]);
  return query;
}
