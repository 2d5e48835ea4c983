import type { Metadata } from "next";
import { listOwnerOptions } from "@/db/queries/users";
import { ActivityForm } from "@/components/inventory/activity-form";
import { PageHeader } from "@/components/layout/page-header";
import { listActivityFormOptions } from "@/db/queries/inventory";
import { requirePagePermission } from "@/lib/auth/guards";
import { newActivityFormValues } from "@/lib/inventory/form-values";
import { createActivityAction } from "../actions";

export const metadata: Metadata = { title: "Add a processing activity" };

export default async function NewActivityPage() {
  const user = await requirePagePermission("inventory:write");
  const [owners, options] = await Promise.all([listOwnerOptions(), listActivityFormOptions()]);
  return (
    <>
      <PageHeader title="Add a processing activity" description="Record what is known now; missing details show as gaps until they are filled in." />
      <ActivityForm
        action={createActivityAction}
        defaults={newActivityFormValues(user.id)}
        choices={{ dataCategoryIds: [], subjectCategoryIds: [], measureIds: [] }}
        owners={owners}
        options={options}
        cancelHref="/inventory"
      />
    </>
  );
}
