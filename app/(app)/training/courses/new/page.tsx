import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CourseForm } from "@/components/training/course-form";
import { listAudienceOptions } from "@/db/queries/training";
import { requirePagePermission } from "@/lib/auth/guards";
import { courseFormDefaults } from "@/lib/training/course-schema";
import { createCourseAction } from "../../actions";

export const metadata: Metadata = { title: "Add a course" };

export default async function NewCoursePage() {
  await requirePagePermission("courses:write");
  const options = await listAudienceOptions();
  return (
    <>
      <PageHeader title="Add a course" description="A course people must take, how long a completion stays valid, and who must take it." />
      <CourseForm action={createCourseAction} defaults={courseFormDefaults()} teamOptions={options.teams} jobTitleOptions={options.jobTitles} />
    </>
  );
}
