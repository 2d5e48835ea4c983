import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { MeasureForm } from "@/components/measures/measure-form";
import { listBreachOwnerOptions } from "@/db/queries/breaches";
import { requirePagePermission } from "@/lib/auth/guards";
import { newMeasureFormValues } from "@/lib/measures/form-schema";
import { createMeasureAction } from "../actions";

export const metadata: Metadata = { title: "Add a security measure" };

export default async function NewMeasurePage() {
  const user = await requirePagePermission("measures:write");
  const owners = await listBreachOwnerOptions();
  return (
    <>
      <PageHeader title="Add a security measure" description="Link it to the processing activities it protects from each activity's form in the record of processing." />
      <MeasureForm action={createMeasureAction} defaults={newMeasureFormValues(user.id)} owners={owners} cancelHref="/measures" />
    </>
  );
}
