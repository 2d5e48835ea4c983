import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ProcessorForm } from "@/components/processors/processor-form";
import { listProcessorFormOptions } from "@/db/queries/processors";
import { requirePagePermission } from "@/lib/auth/guards";
import { createProcessorAction } from "../actions";

export const metadata: Metadata = { title: "Add a processor" };

export default async function NewProcessorPage() {
  await requirePagePermission("processors:write");
  const options = await listProcessorFormOptions();
  return (
    <>
      <PageHeader title="Add a processor" description="Record what is known now; the agreement and its legal review follow on the processor's page." />
      <ProcessorForm action={createProcessorAction} defaults={{}} chosen={{ activityIds: [], dataCategoryIds: [] }} options={options} cancelHref="/processors" />
    </>
  );
}
