import Link from "next/link";
import { EmptyState } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { CourseListRow } from "@/db/queries/training";
import { describeAudience, describeValidity } from "@/lib/training/course-schema";

export function CoursesTable({ courses, canEdit }: { courses: CourseListRow[]; canEdit: boolean }) {
  if (courses.length === 0) return <EmptyState title="No courses yet">{canEdit ? "Add the courses people must take." : "The DPO adds the courses people must take."}</EmptyState>;
  return (
    <Table>
      <caption className="sr-only">Courses, {courses.length} in all</caption>
      <thead>
        <tr>
          <Th>Course</Th>
          <Th>Who must take it</Th>
          <Th>Valid for</Th>
          <Th>Length</Th>
          <Th>Days to complete</Th>
          <Th>Status</Th>
        </tr>
      </thead>
      <tbody>
        {courses.map((c) => (
          <tr key={c.id}>
            <Td>
              {canEdit ? (
                <Link href={`/training/courses/${c.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                  {c.title}
                </Link>
              ) : (
                <span className="font-medium">{c.title}</span>
              )}
            </Td>
            <Td>{describeAudience(c)}</Td>
            <Td className="whitespace-nowrap">{describeValidity(c.validityMonths)}</Td>
            <Td className="whitespace-nowrap">{c.durationMinutes} min</Td>
            <Td className="tabular-nums">{c.dueWithinDays}</Td>
            <Td>{c.active ? <Badge tone="good">Active</Badge> : <Badge>Inactive</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
