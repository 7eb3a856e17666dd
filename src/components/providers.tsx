"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useApplyTheme } from "@/components/theme/use-apply-theme";
import { createQueryClient } from "@/lib/api/query-client";

/** App-wide client state: the one QueryClient and the applied theme. The live session is the org screen's. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  useApplyTheme();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
