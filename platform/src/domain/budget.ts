/** Validates a budget PATCH body (contract §2.5); null when it is acceptable. */
export function budgetLimitError(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("budget_limit" in body))
    return "budget_limit field is required";
  const limit = (body as { budget_limit: unknown }).budget_limit;
  if (limit === null) return null;
  if (typeof limit !== "number" || !Number.isInteger(limit))
    return "budget_limit must be an integer (USD cents) or null";
  if (limit < 0) return "budget_limit must be >= 0 (USD cents)";
  return null;
}
