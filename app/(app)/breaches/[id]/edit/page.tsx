import type { Metadata } from "next";
import { listOwnerOptions } from "@/db/queries/users";
import { notFound } from "next/navigation";
import { BreachForm } from "@/components/breaches/breach-form";
import { PageHeader } from "@/components/layout/page-header";
import { getBreachById } from "@/db/queries/breaches";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { breachToFormValues } from "@/lib/breaches/form-values";
import { updateBreachAction } from "../../actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Edit breach" };

export default async function EditBreachPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("breaches:write");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [breach, timeZone, owners] = await Promise.all([getBreachById(id), getTimeZone(), listOwnerOptions()]);
  if (!breach) notFound();
  return (
    <>
      <PageHeader title={`Edit ${breach.reference}`} description={breach.title} />
      <BreachForm
        action={updateBreachAction}
        defaults={breachToFormValues(breach, timeZone)}
        breachId={breach.id}
        owners={owners}
        timeZone={timeZone}
        cancelHref={`/breaches/${breach.id}`}
      />
    </>
  );
}
