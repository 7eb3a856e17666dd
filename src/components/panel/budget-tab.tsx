"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import { TextField } from "@/components/ui/text-field";
import { budgetQueries, setBudgetLimit } from "@/lib/api/budget";
import { describeError } from "@/lib/api/describe-error";
import { formatCents, parseDollars } from "@/lib/workspace-status";

/** Monthly spend against the limit; the platform stores cents, the user types dollars. */
export function BudgetTab({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const budget = useQuery(budgetQueries.detail(workspaceId));
  const [draft, setDraft] = useState<string | null>(null);
  const [inputError, setInputError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: (limit: number | null) => setBudgetLimit(workspaceId, limit),
    onSuccess: (data) => {
      queryClient.setQueryData(budgetQueries.detail(workspaceId).queryKey, data);
      setDraft(null);
    },
  });

  if (budget.isPending) return <Spinner label="Loading budget" />;
  if (budget.isError)
    return (
      <ErrorState error={budget.error} onRetry={() => void budget.refetch()} isRetrying={budget.isFetching} />
    );

  const { budget_limit: limit, monthly_spend: spend, budget_remaining: remaining } = budget.data;
  const shown = draft ?? (limit === null ? "" : (limit / 100).toFixed(2));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (shown.trim() === "") {
      setInputError(undefined);
      return save.mutate(null);
    }
    const cents = parseDollars(shown);
    if (cents === null) return setInputError("Enter an amount in dollars, like 25 or 12.50.");
    setInputError(undefined);
    save.mutate(cents);
  };

  return (
    <div className="flex flex-col gap-4 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">Spent this month</dt>
        <dd>{formatCents(spend)}</dd>
        <dt className="text-muted">Monthly limit</dt>
        <dd>{limit === null ? "No limit" : formatCents(limit)}</dd>
        <dt className="text-muted">Remaining</dt>
        <dd>{remaining === null ? "—" : formatCents(remaining)}</dd>
      </dl>
      {limit !== null && spend >= limit ? (
        <p role="status" className="text-danger">
          The limit is reached: the platform refuses new tasks for this agent until it is raised.
        </p>
      ) : null}
      <form onSubmit={handleSubmit} className="flex flex-col gap-2">
        <TextField
          label="Monthly limit (USD)"
          inputMode="decimal"
          value={shown}
          onChange={(e) => setDraft(e.target.value)}
          hint="Leave empty for no limit."
          error={inputError}
        />
        {save.isError ? (
          <p role="alert" className="text-danger">
            {describeError(save.error).message}
          </p>
        ) : null}
        <Button type="submit" isBusy={save.isPending} className="self-start">
          Save limit
        </Button>
      </form>
    </div>
  );
}
