import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { DiffPicker } from "@/components/notice/diff-picker";
import { NoticeDiff } from "@/components/notice/notice-diff";
import { ButtonLink } from "@/components/ui/button";
import { buildCurrentNotice, getNoticeVersion, listNoticeVersionNumbers } from "@/db/queries/notice";
import { requirePagePermission } from "@/lib/auth/guards";
import { diffLines, diffStats, foldUnchanged } from "@/lib/notice/diff";
import { diffParamsSchema, type VersionRef } from "@/lib/notice/form-schema";
import { first, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Compare privacy notice versions" };

const name = (ref: VersionRef) => (ref === "current" ? "the current preview" : `version ${ref}`);

/** The text of a version, or of the notice the record gives now; null when there is no such version. */
async function textOf(ref: VersionRef): Promise<string | null> {
  if (ref === "current") return (await buildCurrentNotice()).text;
  return (await getNoticeVersion(ref))?.text ?? null;
}

export default async function NoticeDiffPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("inventory:read");
  const raw = await searchParams;
  const numbers = await listNoticeVersionNumbers();
  // Without a choice: the latest change, i.e. the previous version against the latest (or the latest against the preview).
  const defaults = { from: numbers[1] ?? numbers[0] ?? "current", to: numbers.length > 1 ? numbers[0]! : "current" };
  const parsed = diffParamsSchema.safeParse({ from: first(raw.from) ?? String(defaults.from), to: first(raw.to) ?? String(defaults.to) });
  if (!parsed.success) notFound();
  const { from, to } = parsed.data;
  const [before, after] = await Promise.all([textOf(from), textOf(to)]);
  if (before === null || after === null) notFound();
  const lines = diffLines(before, after);
  const stats = diffStats(lines);
  return (
    <>
      <PageHeader
        title="Compare versions"
        description={`Lines of ${name(from)} removed and lines of ${name(to)} added, with unchanged stretches folded.`}
        actions={<ButtonLink href="/notice/versions" variant="secondary">All versions</ButtonLink>}
      />
      <div className="space-y-4">
        {numbers.length ? <DiffPicker versions={numbers} from={from} to={to} /> : null}
        <p className="text-sm" role="status" data-testid="diff-summary">
          {stats.added === 0 && stats.removed === 0
            ? `No differences: ${name(from)} and ${name(to)} say exactly the same.`
            : `${stats.added} ${stats.added === 1 ? "line" : "lines"} added, ${stats.removed} ${stats.removed === 1 ? "line" : "lines"} removed.`}
        </p>
        {stats.added || stats.removed ? (
          <NoticeDiff rows={foldUnchanged(lines, 2)} caption={`Differences between ${name(from)} and ${name(to)}`} />
        ) : (
          <EmptyState title="Nothing to show">
            <Link href="/notice" className="underline">Back to the notice</Link>
          </EmptyState>
        )}
      </div>
    </>
  );
}
