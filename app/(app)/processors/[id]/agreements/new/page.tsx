import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AgreementForm } from "@/components/processors/agreement-form";
import { getProcessorName } from "@/db/queries/processors";
import { requirePagePermission } from "@/lib/auth/guards";
import { newAgreementFormValues } from "@/lib/processors/form-values";
import { formStatusOptions } from "@/lib/processors/status";
import { createAgreementAction } from "../../../agreement-actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Add an agreement" };

export default async function NewAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("processors:write");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const processor = await getProcessorName(id);
  if (!processor) notFound();
  return (
    <>
      <PageHeader title={`Add an agreement with ${processor.name}`} description="Record the agreement, then upload its PDF and send it to legal review on the processor's page." />
      <AgreementForm action={createAgreementAction} processorId={processor.id} defaults={newAgreementFormValues(processor.name)} statuses={formStatusOptions(null)} cancelHref={`/processors/${processor.id}`} />
    </>
  );
}
