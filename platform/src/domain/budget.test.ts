import { describe, expect, it } from "vitest";
import { budgetLimitError } from "./budget";

describe("budgetLimitError", () => {
  it.each([
    [{ budget_limit: 500 }, null],
    [{ budget_limit: 0 }, null],
    [{ budget_limit: null }, null],
    [{}, "budget_limit field is required"],
    [null, "budget_limit field is required"],
    [{ budget_limit: -1 }, "budget_limit must be >= 0 (USD cents)"],
    [{ budget_limit: 12.5 }, "budget_limit must be an integer (USD cents) or null"],
    [{ budget_limit: "5" }, "budget_limit must be an integer (USD cents) or null"],
  ])("%j → %s", (body, expected) => {
    expect(budgetLimitError(body)).toBe(expected);
  });
});
