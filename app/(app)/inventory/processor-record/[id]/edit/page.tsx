import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { EntryForm } from "@/components/processor-record/entry-form";
import { getProcessorRecordEntryById, listMeasureOptions } from "@/db/queries/processor-record";
import { requirePagePermission } from "@/lib/auth/guards";
import { updateEntryAction } from "../../actions";
import { entryToFormValues } from "@/lib/processor-record/schema";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Edit processing for a controller" };

export default async function EditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("inventory:write");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [entry, measures] = await Promise.all([getProcessorRecordEntryById(id), listMeasureOptions()]);
  if (!entry) notFound();
  return (
    <>
      <PageHeader title={`Edit processing for ${entry.controllerName}`} />
      <EntryForm
        action={updateEntryAction}
        defaults={entryToFormValues(entry)}
        chosenMeasureIds={entry.measures.map((m) => m.id)}
        measures={measures}
        entryId={entry.id}
        cancelHref={`/inventory/processor-record/${entry.id}`}
      />
    </>
  );
}
