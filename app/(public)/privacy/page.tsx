import type { Metadata } from "next";
import { NoticeVersionList } from "@/components/notice/public-version-list";
import { NoticeView } from "@/components/notice/notice-view";
import { PublishedStamp } from "@/components/notice/published-stamp";
import { getLatestNotice, listPublicNoticeVersions } from "@/db/queries/notice";
import { getTimeZone } from "@/db/queries/time-zone";

export const metadata: Metadata = { title: "Privacy notice" };

// Public: anyone may read the notice, signed in or not. Only published versions are ever shown here.
export default async function PrivacyPage() {
  const [notice, versions, timeZone] = await Promise.all([getLatestNotice(), listPublicNoticeVersions(), getTimeZone()]);
  if (!notice) {
    return (
      <div className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">Privacy notice</h1>
        <p>Our privacy notice is being prepared and has not been published yet. Please come back soon.</p>
        <p className="text-slate-600 dark:text-slate-400">If you have a question about your personal data in the meantime, contact us using the details on our website.</p>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <PublishedStamp version={notice.version} publishedAt={notice.publishedAt} timeZone={timeZone} current />
      <NoticeView notice={notice.notice} />
      {versions.length > 1 ? <NoticeVersionList versions={versions.filter((v) => v.version !== notice.version)} timeZone={timeZone} /> : null}
    </div>
  );
}
