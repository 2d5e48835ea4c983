import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { StaffForm } from "@/components/staff/staff-form";
import { listManagerOptions } from "@/db/queries/training";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { todayIn } from "@/lib/time";
import { createStaffAction } from "../actions";

export const metadata: Metadata = { title: "Add a person" };

export default async function NewStaffPage() {
  await requirePagePermission("staff:write");
  const [timeZone, managers] = await Promise.all([getTimeZone(), listManagerOptions()]);
  const defaults = { name: "", workEmail: "", team: "", jobTitle: "", managerUserId: "", customerFacing: "", startDate: todayIn(timeZone), leaveDate: "" };
  return (
    <>
      <PageHeader title="Add a person" description="Staff are records, not logins. Their required courses follow from team, job title and customer contact." />
      <StaffForm action={createStaffAction} defaults={defaults} managers={managers} cancelHref="/staff" />
    </>
  );
}
