import type { Metadata } from "next";
import { listOwnerOptions } from "@/db/queries/users";
import { PageHeader } from "@/components/layout/page-header";
import { MeasureForm } from "@/components/measures/measure-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { newMeasureFormValues } from "@/lib/measures/form-schema";
import { createMeasureAction } from "../actions";

export const metadata: Metadata = { title: "Add a security measure" };

export default async function NewMeasurePage() {
  const user = await requirePagePermission("measures:write");
  const owners = await listOwnerOptions();
  return (
    <>
      <PageHeader title="Add a security measure" description="Link it to the processing activities it protects from each activity's form in the record of processing." />
      <MeasureForm action={createMeasureAction} defaults={newMeasureFormValues(user.id)} owners={owners} cancelHref="/measures" />
    </>
  );
}
