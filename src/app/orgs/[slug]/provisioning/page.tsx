import { ProvisioningScreen } from "@/components/orgs/provisioning-screen";

export default async function ProvisioningPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <ProvisioningScreen slug={slug} />;
}
