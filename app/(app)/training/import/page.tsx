import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CsvImportForm } from "@/components/staff/csv-import-form";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guards";
import { COMPLETION_CSV_COLUMNS } from "@/lib/training/import-rows";
import { completionImportAction } from "./actions";

export const metadata: Metadata = { title: "Import completions" };

export default async function CompletionImportPage() {
  const user = await requirePagePermission("completions:write");
  return (
    <>
      <PageHeader
        title="Import completions"
        description={`Completions from an external learning platform, matched by work email. Importing the same file again adds nothing twice.${user.role === "manager" ? " You can import for the people you manage only." : ""}`}
      />
      <Card className="mb-6 text-sm">
        <p>
          Columns (first line): <code>{COMPLETION_CSV_COLUMNS.join(",")}</code>. The course is its title (any case); completed_on is YYYY-MM-DD;
          score is optional, 0 to 100.
        </p>
      </Card>
      <CsvImportForm action={completionImportAction} restartHref="/training/import" doneHref="/staff" doneLabel="Go to the staff directory" />
    </>
  );
}
