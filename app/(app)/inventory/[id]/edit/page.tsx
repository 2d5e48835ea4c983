import type { Metadata } from "next";
import { listOwnerOptions } from "@/db/queries/users";
import { notFound } from "next/navigation";
import { ActivityForm } from "@/components/inventory/activity-form";
import { PageHeader } from "@/components/layout/page-header";
import { getActivityById, listActivityFormOptions } from "@/db/queries/inventory";
import { requirePagePermission } from "@/lib/auth/guards";
import { activityToFormValues } from "@/lib/inventory/form-values";
import { updateActivityAction } from "../../actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Edit processing activity" };

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("inventory:write");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [activity, owners, options] = await Promise.all([getActivityById(id), listOwnerOptions(), listActivityFormOptions()]);
  if (!activity) notFound();
  return (
    <>
      <PageHeader title={`Edit ${activity.name}`} />
      <ActivityForm
        action={updateActivityAction}
        defaults={activityToFormValues(activity)}
        choices={{
          dataCategoryIds: activity.dataCategories.map((c) => c.id),
          subjectCategoryIds: activity.subjectCategories.map((c) => c.id),
          measureIds: activity.measures.map((m) => m.id),
        }}
        activityId={activity.id}
        owners={owners}
        options={options}
        cancelHref={`/inventory/${activity.id}`}
      />
    </>
  );
}
