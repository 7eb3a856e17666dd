import { OrgScreen } from "@/components/org-screen/org-screen";

export default function HomePage() {
  return <OrgScreen />;
}
