"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { isApiError } from "@/lib/api/client";
import { describeError } from "@/lib/api/describe-error";
import { createOrg, orgQueries } from "@/lib/api/orgs";
import { pageNavigation } from "@/lib/navigation";
import { normaliseSlugInput, slugProblem } from "@/lib/org-slug";
import { saasHostSuffix } from "@/lib/tenant";

const SERVER_MESSAGES: Record<string, string> = {
  slug_taken: "That slug is taken. Pick another one.",
  slug_reserved: "That name is reserved. Pick another one.",
  invalid_slug:
    "That slug is not valid: 3–32 lowercase letters, digits or single hyphens, starting with a letter.",
  terms_not_accepted: "Accept the terms above before creating an org.",
};

/** Creates an org: the slug is checked as it is typed, the server's verdict is shown in words. */
export function CreateOrgForm() {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const liveProblem = slugProblem(slug);
  const create = useMutation({
    mutationFn: createOrg,
    onSuccess: async (org) => {
      await queryClient.invalidateQueries({ queryKey: orgQueries.all() });
      pageNavigation.assign(`/orgs/${org.slug}/provisioning`);
    },
  });
  const serverError = create.error;
  const code = isApiError(serverError) ? serverError.code : undefined;
  const slugError = liveProblem ?? (code && code !== "org_quota" ? SERVER_MESSAGES[code] : undefined);
  const formError = serverError && !slugError ? describeError(serverError).message : null;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (liveProblem || slug === "" || name.trim() === "") return;
    create.mutate({ slug, name: name.trim() });
  };

  return (
    <form
      onSubmit={handleSubmit}
      aria-labelledby="create-org-title"
      className="flex flex-col gap-3"
      noValidate
    >
      <h2 id="create-org-title" className="text-lg font-semibold">
        Create an org
      </h2>
      <TextField
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={100}
      />
      <TextField
        label="Slug"
        value={slug}
        onChange={(e) => {
          setSlug(normaliseSlugInput(e.target.value));
          if (create.isError) create.reset();
        }}
        hint={`Your org's address: ${slug || "your-org"}${saasHostSuffix()}. It cannot be changed later.`}
        error={slugError}
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        required
      />
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      <div>
        <Button
          type="submit"
          isBusy={create.isPending}
          disabled={!!liveProblem || slug === "" || name.trim() === ""}
        >
          {create.isPending ? "Creating…" : "Create org"}
        </Button>
      </div>
    </form>
  );
}
