import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { TrainingSettingsForm } from "@/components/training/training-settings-form";
import { getTrainingSettings } from "@/db/queries/training";
import { requirePagePermission } from "@/lib/auth/guards";
import { updateTrainingSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Training settings" };

export default async function TrainingSettingsPage() {
  await requirePagePermission("courses:write");
  const settings = await getTrainingSettings();
  return (
    <>
      <PageHeader title="Training settings" description="When training counts as due soon, and how long leavers' records are kept in full." />
      <TrainingSettingsForm action={updateTrainingSettingsAction} defaults={settings} />
    </>
  );
}
