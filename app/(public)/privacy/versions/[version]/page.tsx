import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoticeView } from "@/components/notice/notice-view";
import { PublishedStamp } from "@/components/notice/published-stamp";
import { getLatestNotice, getNoticeVersion } from "@/db/queries/notice";
import { getTimeZone } from "@/db/queries/time-zone";
import { parseVersionParam } from "@/lib/notice/version-param";

export const metadata: Metadata = { title: "Privacy notice (earlier version)" };

/** A published version as it was, readable by anyone; the current one says so and links back. */
export default async function PrivacyVersionPage({ params }: { params: Promise<{ version: string }> }) {
  const version = parseVersionParam((await params).version);
  if (version === null) notFound();
  const [found, latest, timeZone] = await Promise.all([getNoticeVersion(version), getLatestNotice(), getTimeZone()]);
  if (!found) notFound();
  const current = latest?.version === found.version;
  return (
    <div className="space-y-8">
      <PublishedStamp version={found.version} publishedAt={found.publishedAt} timeZone={timeZone} current={current} />
      {!current ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          This is an earlier version, no longer in force.{" "}
          <Link href="/privacy" className="font-medium underline">Read the current privacy notice</Link>.
        </p>
      ) : null}
      <NoticeView notice={found.notice} />
    </div>
  );
}
