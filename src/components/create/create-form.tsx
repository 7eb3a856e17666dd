"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { SelectField } from "@/components/ui/select-field";
import { Spinner } from "@/components/ui/spinner";
import { TextField } from "@/components/ui/text-field";
import { templateQueries } from "@/lib/api/templates";
import { useWorkspaceRows } from "@/lib/api/use-workspaces";
import { workspaceNameSchema, type CreateWorkspaceRequest } from "@/lib/contract";
import { TIER_OPTIONS } from "@/lib/workspace-status";

export type CreateDraft = {
  source: "template" | "blank";
  templateId: string;
  name: string;
  role: string;
  tier: string;
  parentId: string;
  isExternal: boolean;
  url: string;
};

export const EMPTY_DRAFT: CreateDraft = {
  source: "template",
  templateId: "",
  name: "",
  role: "",
  tier: "3",
  parentId: "",
  isExternal: false,
  url: "",
};

type Errors = Partial<Record<"templateId" | "name" | "role" | "url", string>>;

function validate(draft: CreateDraft): Errors {
  const errors: Errors = {};
  if (draft.source === "template" && draft.templateId === "") errors.templateId = "Choose a template.";
  const name = workspaceNameSchema.safeParse(draft.name);
  if (!name.success) {
    const message = name.error.issues[0]?.message ?? "invalid name";
    errors.name = `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
  }
  if (draft.role.length > 1000) errors.role = "Role must be at most 1000 characters.";
  if (draft.isExternal && draft.url.trim() !== "" && !/^https?:\/\/\S+$/i.test(draft.url.trim()))
    errors.url = "Enter an http:// or https:// URL, or leave it empty to connect the agent later.";
  return errors;
}

type CreateFormProps = {
  draft: CreateDraft;
  onChange: (draft: CreateDraft) => void;
  onSubmit: (body: Omit<CreateWorkspaceRequest, "canvas">) => void;
  onCancel: () => void;
  isSubmitting: boolean;
  submitError: string | null;
};

/** The create form; the draft lives in the parent so it survives a failed request. */
export function CreateForm({
  draft,
  onChange,
  onSubmit,
  onCancel,
  isSubmitting,
  submitError,
}: CreateFormProps) {
  const templates = useQuery(templateQueries.list());
  const rows = useWorkspaceRows();
  const [errors, setErrors] = useState<Errors>({});
  const set = (patch: Partial<CreateDraft>) => onChange({ ...draft, ...patch });
  const template = templates.data?.find((t) => t.id === draft.templateId);
  const isExternal = draft.isExternal || (draft.source === "template" && template?.runtime === "external");

  const handleTemplate = (id: string) => {
    const picked = templates.data?.find((t) => t.id === id);
    set({
      templateId: id,
      tier: picked ? String(picked.tier) : draft.tier,
      name: draft.name || picked?.name || "",
    });
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate({ ...draft, isExternal });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({
      name: draft.name.trim(),
      role: draft.role.trim() || undefined,
      template: draft.source === "template" ? draft.templateId : undefined,
      tier: Number(draft.tier),
      parent_id: draft.parentId || null,
      external: isExternal || undefined,
      url: isExternal && draft.url.trim() !== "" ? draft.url.trim() : undefined,
    });
  };

  const teamOptions = [
    { value: "", label: "None (top level)" },
    ...[...rows].sort((a, b) => a.name.localeCompare(b.name)).map((r) => ({ value: r.id, label: r.name })),
  ];

  return (
    <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-3">
      <fieldset className="flex gap-4 text-sm">
        <legend className="mb-1 text-sm font-medium">Start from</legend>
        {(["template", "blank"] as const).map((source) => (
          <label key={source} className="flex items-center gap-2">
            <input
              type="radio"
              name="source"
              checked={draft.source === source}
              onChange={() => set({ source })}
            />
            {source === "template" ? "A template" : "Blank"}
          </label>
        ))}
      </fieldset>
      {draft.source === "template" ? (
        templates.isPending ? (
          <Spinner label="Loading templates" />
        ) : templates.isError ? (
          <ErrorState
            error={templates.error}
            onRetry={() => void templates.refetch()}
            isRetrying={templates.isFetching}
          />
        ) : (
          <SelectField
            label="Template"
            value={draft.templateId}
            onChange={(e) => handleTemplate(e.target.value)}
            error={errors.templateId}
            options={[
              { value: "", label: "Choose a template…" },
              ...templates.data.map((t) => ({ value: t.id, label: `${t.name}: ${t.description}` })),
            ]}
          />
        )
      ) : null}
      <TextField
        label="Name"
        value={draft.name}
        onChange={(e) => set({ name: e.target.value })}
        error={errors.name}
      />
      <TextField
        label="Role"
        value={draft.role}
        onChange={(e) => set({ role: e.target.value })}
        error={errors.role}
      />
      <div className="grid grid-cols-2 gap-3">
        <SelectField
          label="Tier"
          value={draft.tier}
          onChange={(e) => set({ tier: e.target.value })}
          options={TIER_OPTIONS}
        />
        <SelectField
          label="Team"
          value={draft.parentId}
          onChange={(e) => set({ parentId: e.target.value })}
          options={teamOptions}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={isExternal}
          disabled={draft.source === "template" && template?.runtime === "external"}
          onChange={(e) => set({ isExternal: e.target.checked })}
        />
        External agent (runs elsewhere and connects over A2A)
      </label>
      {isExternal ? (
        <TextField
          label="Agent URL"
          type="url"
          value={draft.url}
          onChange={(e) => set({ url: e.target.value })}
          error={errors.url}
          hint="Leave empty to get a connection snippet for the agent instead."
        />
      ) : null}
      {submitError ? (
        <p role="alert" className="text-sm text-danger">
          {submitError}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" isBusy={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create workspace"}
        </Button>
      </div>
    </form>
  );
}
