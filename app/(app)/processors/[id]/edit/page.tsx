import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { ProcessorForm } from "@/components/processors/processor-form";
import { getProcessorById, listProcessorFormOptions } from "@/db/queries/processors";
import { requirePagePermission } from "@/lib/auth/guards";
import { processorToFormValues } from "@/lib/processors/form-values";
import { updateProcessorAction } from "../../actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Edit processor" };

export default async function EditProcessorPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("processors:write");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [processor, options] = await Promise.all([getProcessorById(id), listProcessorFormOptions()]);
  if (!processor) notFound();
  // An archived activity still linked stays offered, so saving the form does not silently unlink it.
  const archivedLinked = processor.activities.filter((a) => a.archivedAt !== null).map((a) => ({ id: a.id, name: `${a.name} (archived)` }));
  return (
    <>
      <PageHeader title={`Edit ${processor.name}`} />
      <ProcessorForm
        action={updateProcessorAction}
        defaults={processorToFormValues(processor)}
        chosen={{ activityIds: processor.activities.map((a) => a.id), dataCategoryIds: processor.dataCategories.map((c) => c.id) }}
        processorId={processor.id}
        options={{ ...options, activities: [...options.activities, ...archivedLinked] }}
        cancelHref={`/processors/${processor.id}`}
      />
    </>
  );
}
