import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AgreementForm } from "@/components/processors/agreement-form";
import { getAgreement } from "@/db/queries/processors";
import { requirePagePermission } from "@/lib/auth/guards";
import { agreementToFormValues } from "@/lib/processors/form-values";
import { formStatusOptions } from "@/lib/processors/status";
import { updateAgreementAction } from "../../../../agreement-actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Edit agreement" };

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string; agreementId: string }> }) {
  await requirePagePermission("processors:write");
  const { id, agreementId } = await params;
  if (!isUuid(id) || !isUuid(agreementId)) notFound();
  const agreement = await getAgreement(id, agreementId);
  if (!agreement) notFound();
  return (
    <>
      <PageHeader title={`Edit ${agreement.title}`} description={`Agreement with ${agreement.processorName}.`} />
      <AgreementForm
        action={updateAgreementAction}
        processorId={id}
        agreementId={agreement.id}
        defaults={agreementToFormValues(agreement)}
        statuses={formStatusOptions(agreement.status)}
        cancelHref={`/processors/${id}#agreement-${agreement.id}`}
      />
    </>
  );
}
