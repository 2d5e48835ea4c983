import { courses, staff } from "@/db/schema";

// The columns the status rules (lib/training/status.ts) read, selected the same way everywhere.
export const courseFactColumns = {
  id: courses.id,
  title: courses.title,
  audience: courses.audience,
  audienceTeams: courses.audienceTeams,
  audienceJobTitles: courses.audienceJobTitles,
  validityMonths: courses.validityMonths,
  dueWithinDays: courses.dueWithinDays,
  audienceChangedOn: courses.audienceChangedOn,
  active: courses.active,
};

export const staffFactColumns = {
  id: staff.id,
  name: staff.name,
  workEmail: staff.workEmail,
  team: staff.team,
  jobTitle: staff.jobTitle,
  customerFacing: staff.customerFacing,
  startDate: staff.startDate,
  leaveDate: staff.leaveDate,
  roleChangedOn: staff.roleChangedOn,
};
