import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { ReduceLeaversForm } from "@/components/staff/reduce-leavers-form";
import { TrainingStateBadge } from "@/components/staff/state-badge";
import { StaffFilters } from "@/components/staff/staff-filters";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { countReducibleLeavers, listManagerOptions, listStaff, listTeams } from "@/db/queries/training";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { todayIn } from "@/lib/time";
import { parseStaffListParams } from "@/lib/training/staff-schema";
import { reduceLeaversAction } from "../actions";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("training:read");
  const today = todayIn(await getTimeZone());
  const { query, urlValues } = parseStaffListParams(await searchParams);
  const canWrite = can(user.role, "staff:write");
  // A manager's list is their own team, so filtering it by manager would say nothing.
  const isManager = user.role === "manager";
  const [{ rows, total }, teams, managers, reducible] = await Promise.all([
    listStaff(user, query, today),
    listTeams(user),
    isManager ? Promise.resolve(null) : listManagerOptions(),
    canWrite ? countReducibleLeavers(today) : Promise.resolve(null),
  ]);
  const filtered = Object.values(urlValues).some(Boolean);
  return (
    <>
      <PageHeader
        title="Staff"
        description={isManager ? "The people you manage and where each stands on their required training." : "Everyone in the organisation and where each stands on their required training (the worst of their required courses)."}
        actions={
          <>
            {can(user.role, "completions:write") ? <ButtonLink href="/training/import" variant="secondary">Import completions</ButtonLink> : null}
            {canWrite ? <ButtonLink href="/staff/import" variant="secondary">Import staff</ButtonLink> : null}
            {canWrite ? <ButtonLink href="/staff/new">Add a person</ButtonLink> : null}
          </>
        }
      />
      <StaffFilters values={urlValues} teams={teams} managers={managers} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No one matches these filters" : "No staff yet"}>
          {filtered ? <Link href="/staff" className="underline">Clear the filters</Link> : canWrite ? "Add people one by one or import a CSV." : null}
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Staff, {total} in all</caption>
          <thead>
            <tr>
              {/* On a phone: the name and the training state; the rest from wider screens up. */}
              <Th>Name</Th>
              <Th className="hidden sm:table-cell">Team</Th>
              <Th className="hidden md:table-cell">Job title</Th>
              <Th className="hidden lg:table-cell">Manager</Th>
              <Th className="hidden md:table-cell">Customer-facing</Th>
              <Th>Training</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link href={`/staff/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    {p.name}
                  </Link>
                  <div className="text-xs text-slate-600 dark:text-slate-400">{p.reducedAt ? "Record reduced" : p.workEmail}</div>
                </Td>
                <Td className="hidden sm:table-cell">{p.team || "—"}</Td>
                <Td className="hidden md:table-cell">{p.jobTitle || "—"}</Td>
                <Td className="hidden lg:table-cell">{p.managerName ?? "—"}</Td>
                <Td className="hidden md:table-cell">{p.customerFacing ? "Yes" : "No"}</Td>
                <Td>{p.leaveDate && p.leaveDate <= today ? <Badge>Left {p.leaveDate}</Badge> : <TrainingStateBadge state={p.overall} />}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/staff" params={urlValues} />
      {reducible ? (
        <Card className="mt-8">
          <ReduceLeaversForm action={reduceLeaversAction} count={reducible.count} months={reducible.months} />
        </Card>
      ) : null}
    </>
  );
}
