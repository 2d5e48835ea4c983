import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { EntryForm } from "@/components/processor-record/entry-form";
import { listMeasureOptions } from "@/db/queries/processor-record";
import { requirePagePermission } from "@/lib/auth/guards";
import { createEntryAction } from "../actions";

export const metadata: Metadata = { title: "Add processing for a controller" };

export default async function NewEntryPage() {
  await requirePagePermission("inventory:write");
  const measures = await listMeasureOptions();
  return (
    <>
      <PageHeader title="Add processing for a controller" description="Art. 30(2): one entry for each controller on whose behalf the organisation processes personal data." />
      <EntryForm action={createEntryAction} defaults={{ status: "active" }} chosenMeasureIds={[]} measures={measures} cancelHref="/inventory/processor-record" />
    </>
  );
}
