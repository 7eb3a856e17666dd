import type { PaidPlan } from "@/lib/contract/control-plane";

export type Plan = {
  id: "free" | PaidPlan;
  name: string;
  price: string;
  workspaces: string;
  tokens: string;
};

/** The plans, static in the frontend as the contract says (control-plane §7); pricing is flat per org. */
export const PLANS: readonly Plan[] = [
  { id: "free", name: "Free", price: "$0", workspaces: "3 workspaces", tokens: "No LLM tokens included" },
  {
    id: "starter",
    name: "Team",
    price: "$29/month",
    workspaces: "10 workspaces",
    tokens: "5M LLM tokens a month",
  },
  {
    id: "pro",
    name: "Growth",
    price: "$99/month",
    workspaces: "Unlimited workspaces",
    tokens: "25M LLM tokens a month, then overage",
  },
];
