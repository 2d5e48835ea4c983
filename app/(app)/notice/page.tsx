import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { IntroductionForm } from "@/components/notice/introduction-form";
import { NoticeStatus } from "@/components/notice/notice-status";
import { NoticeView } from "@/components/notice/notice-view";
import { PublishForm } from "@/components/notice/publish-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { HistoryList } from "@/components/ui/history-list";
import { describeActor } from "@/db/queries/audit";
import { buildCurrentNotice, getNoticeSettings, listNoticeHistory, listNoticeVersions } from "@/db/queries/notice";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { describeNoticeEvent } from "@/lib/notice/history";
import { publishNoticeAction, saveIntroductionAction } from "./actions";

export const metadata: Metadata = { title: "Privacy notice" };

export default async function NoticePage() {
  const user = await requirePagePermission("inventory:read");
  const [current, settings, versions, history, timeZone] = await Promise.all([
    buildCurrentNotice(),
    getNoticeSettings(),
    listNoticeVersions({ page: 1, pageSize: 1 }),
    listNoticeHistory(),
    getTimeZone(),
  ]);
  const latest = versions.rows[0] ?? null;
  const outOfDate = latest !== null && latest.contentHash !== current.contentHash;
  const canWrite = can(user.role, "notice:write");
  return (
    <>
      <PageHeader
        title="Privacy notice"
        description="The Art. 13 notice for the website chat, generated from the record of processing (the activities that cover live chat data, with their retention rules and processors), the organisation settings and your introduction."
        actions={
          <>
            <ButtonLink href="/notice/versions" variant="secondary">Versions ({versions.total})</ButtonLink>
            <ButtonLink href="/privacy" variant="secondary">Public page</ButtonLink>
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <NoticeStatus published={latest} outOfDate={outOfDate} timeZone={timeZone} />
          {current.warnings.length ? (
            <Card aria-labelledby="notice-warnings">
              <h2 id="notice-warnings" className="mb-2 text-base font-semibold">What the record does not say yet ({current.warnings.length})</h2>
              <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">The notice says so honestly where these apply. Fix them in the record or the settings before you publish.</p>
              <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="Warnings">
                {current.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </Card>
          ) : null}
          {canWrite ? (
            <Card>
              <CardTitle>Introduction and publication</CardTitle>
              <div className="space-y-6">
                <IntroductionForm action={saveIntroductionAction} introduction={settings.introduction} />
                <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
                  <PublishForm action={publishNoticeAction} contentHash={current.contentHash} upToDate={latest !== null && !outOfDate} />
                </div>
              </div>
            </Card>
          ) : null}
          <Card aria-labelledby="notice-preview">
            <div className="mb-4 border-b border-slate-200 pb-3 dark:border-slate-800">
              <h2 id="notice-preview" className="text-base font-semibold">Preview</h2>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                What the notice says if published now. <span className="font-mono text-xs">SHA-256 {current.contentHash.slice(0, 16)}…</span>
              </p>
            </div>
            <NoticeView notice={current.notice} titleLevel={2} />
          </Card>
        </div>
        <Card className="h-fit">
          <CardTitle>History</CardTitle>
          <HistoryList
            items={history.map((e) => ({ id: e.id, at: e.at, actor: describeActor(e.actorType, e.actorName), text: describeNoticeEvent(e.action, e.summary as Record<string, unknown>) }))}
            timeZone={timeZone}
          />
        </Card>
      </div>
    </>
  );
}
