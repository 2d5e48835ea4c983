import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CourseForm } from "@/components/training/course-form";
import { getCourseById, listAudienceOptions } from "@/db/queries/training";
import { requirePagePermission } from "@/lib/auth/guards";
import { courseFormDefaults } from "@/lib/training/course-schema";
import { updateCourseAction } from "../../actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Edit course" };

export default async function EditCoursePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("courses:write");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [course, options] = await Promise.all([getCourseById(id), listAudienceOptions()]);
  if (!course) notFound();
  return (
    <>
      <PageHeader title={`Edit ${course.title}`} description={`Audience last changed on ${course.audienceChangedOn}.`} />
      <CourseForm action={updateCourseAction} defaults={courseFormDefaults(course)} courseId={course.id} teamOptions={options.teams} jobTitleOptions={options.jobTitles} />
    </>
  );
}
