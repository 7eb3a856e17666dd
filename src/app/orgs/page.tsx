import { OrgsScreen } from "@/components/orgs/orgs-screen";

export default function OrgsPage() {
  return <OrgsScreen />;
}
