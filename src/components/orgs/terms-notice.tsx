"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { acceptTerms, orgQueries } from "@/lib/api/orgs";

/** Asks for the terms when the control plane says they are not accepted; creating an org needs them. */
export function TermsNotice() {
  const queryClient = useQueryClient();
  const terms = useQuery(orgQueries.terms());
  const accept = useMutation({
    mutationFn: acceptTerms,
    onSuccess: (data) => queryClient.setQueryData(orgQueries.terms().queryKey, data),
  });
  if (terms.data?.accepted !== false) return null;
  return (
    <section
      aria-labelledby="terms-title"
      className="flex flex-col gap-2 rounded-lg border border-border p-4"
    >
      <h2 id="terms-title" className="font-semibold">
        Accept the terms
      </h2>
      <p className="text-sm">
        Creating an org needs your agreement to the Terms of Service and the Privacy Policy. Workspaces run in
        AWS us-east-2 (Ohio).
      </p>
      <div>
        <Button onClick={() => accept.mutate()} isBusy={accept.isPending}>
          I agree
        </Button>
      </div>
    </section>
  );
}
