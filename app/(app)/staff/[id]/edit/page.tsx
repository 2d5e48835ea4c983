import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { StaffForm } from "@/components/staff/staff-form";
import { getStaffById, listManagerOptions } from "@/db/queries/training";
import { requirePagePermission } from "@/lib/auth/guards";
import { updateStaffAction } from "../../actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Edit a person" };

export default async function EditStaffPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("staff:write");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [person, managers] = await Promise.all([getStaffById(user, id), listManagerOptions()]);
  if (!person) notFound();
  const defaults = {
    name: person.name,
    workEmail: person.workEmail,
    team: person.team,
    jobTitle: person.jobTitle,
    managerUserId: person.managerUserId ?? "",
    customerFacing: person.customerFacing ? "on" : "",
    startDate: person.startDate,
    leaveDate: person.leaveDate ?? "",
  };
  return (
    <>
      <PageHeader title={`Edit ${person.name}`} description="A change of team, job title or customer contact makes new required courses due from today." />
      <StaffForm action={updateStaffAction} defaults={defaults} staffId={person.id} managers={managers} cancelHref={`/staff/${person.id}`} />
    </>
  );
}
