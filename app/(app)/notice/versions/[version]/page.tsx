import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { NoticeView } from "@/components/notice/notice-view";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { getNoticeVersion } from "@/db/queries/notice";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { parseVersionParam } from "@/lib/notice/version-param";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Privacy notice version" };

export default async function NoticeVersionPage({ params }: { params: Promise<{ version: string }> }) {
  await requirePagePermission("inventory:read");
  const version = parseVersionParam((await params).version);
  if (version === null) notFound();
  const [found, timeZone] = await Promise.all([getNoticeVersion(version), getTimeZone()]);
  if (!found) notFound();
  return (
    <>
      <PageHeader
        title={`Privacy notice, version ${found.version}`}
        description="Exactly as it was published."
        actions={
          <>
            {found.version > 1 ? <ButtonLink href={`/notice/diff?from=${found.version - 1}&to=${found.version}`} variant="secondary">Compare with version {found.version - 1}</ButtonLink> : null}
            <ButtonLink href={`/privacy/versions/${found.version}`} variant="secondary">Public page</ButtonLink>
          </>
        }
      />
      <div className="space-y-6">
        <Card>
          <DetailList
            items={[
              ["Published", formatDateTime(found.publishedAt, timeZone)],
              ["Published by", found.publishedByName ?? ""],
              ["Content SHA-256", <span key="c" className="break-all font-mono text-xs">{found.contentHash}</span>],
              ["Record SHA-256", <span key="s" className="break-all font-mono text-xs">{found.sourceHash}</span>],
            ]}
          />
        </Card>
        <Card>
          <NoticeView notice={found.notice} titleLevel={2} />
        </Card>
        <details className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <summary className="cursor-pointer text-sm font-medium">Plain text (as compared in diffs)</summary>
          <pre className="mt-3 whitespace-pre-wrap text-xs">{found.text}</pre>
        </details>
      </div>
    </>
  );
}
