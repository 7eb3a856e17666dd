import { OrgsScreen } from "@/components/orgs/orgs-screen";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OrgsPage({ searchParams }: { searchParams: SearchParams }) {
  const { checkout } = await searchParams;
  return <OrgsScreen hasJustPaid={checkout === "success"} />;
}
