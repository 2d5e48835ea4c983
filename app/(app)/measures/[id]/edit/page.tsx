import type { Metadata } from "next";
import { listOwnerOptions } from "@/db/queries/users";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { MeasureForm } from "@/components/measures/measure-form";
import { getMeasureById } from "@/db/queries/measures";
import { requirePagePermission } from "@/lib/auth/guards";
import { measureToFormValues } from "@/lib/measures/form-schema";
import { updateMeasureAction } from "../../actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Edit security measure" };

export default async function EditMeasurePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("measures:write");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [measure, owners] = await Promise.all([getMeasureById(id), listOwnerOptions()]);
  if (!measure) notFound();
  return (
    <>
      <PageHeader title={`Edit ${measure.name}`} />
      <MeasureForm
        action={updateMeasureAction}
        defaults={measureToFormValues(measure)}
        measureId={measure.id}
        owners={owners}
        cancelHref={`/measures/${measure.id}`}
      />
    </>
  );
}
