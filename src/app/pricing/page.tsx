import { PricingScreen } from "@/components/orgs/pricing-screen";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PricingPage({ searchParams }: { searchParams: SearchParams }) {
  const { org, checkout } = await searchParams;
  return <PricingScreen org={typeof org === "string" ? org : null} wasCancelled={checkout === "cancel"} />;
}
