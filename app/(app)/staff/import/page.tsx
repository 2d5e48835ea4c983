import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CsvImportForm } from "@/components/staff/csv-import-form";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guards";
import { STAFF_CSV_COLUMNS } from "@/lib/training/import-rows";
import { staffImportAction } from "../actions";

export const metadata: Metadata = { title: "Import staff" };

export default async function StaffImportPage() {
  await requirePagePermission("staff:write");
  return (
    <>
      <PageHeader title="Import staff" description="People are matched by work email: importing the same file again updates them, never duplicates them." />
      <Card className="mb-6 text-sm">
        <p>
          Columns (first line): <code>{STAFF_CSV_COLUMNS.join(",")}</code>. Customer-facing is yes or no; dates are YYYY-MM-DD;
          manager_email (optional) must be a DPO Desk user with the manager role; leave_date is optional.
        </p>
      </Card>
      <CsvImportForm action={staffImportAction} restartHref="/staff/import" doneHref="/staff" doneLabel="Go to the staff directory" />
    </>
  );
}
