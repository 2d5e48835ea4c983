import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guards";

export default async function OverviewPage() {
  await requirePagePermission("overview:read");
  return <PageHeader title="Overview" />;
}
