import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DetailList } from "@/components/ui/detail-list";
import { PrintButton } from "@/components/breaches/print-button";
import { ButtonLink } from "@/components/ui/button";
import { getBreachById, listBreachFollowUps } from "@/db/queries/breaches";
import { getOrganisation } from "@/db/queries/organisation";
import { DEFAULT_TIME_ZONE } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { breachClock, notificationDeadline } from "@/lib/breaches/clock";
import { EXCEPTION_LABELS, natureList, RISK_LABELS, SUBJECT_COMM_LABELS } from "@/lib/breaches/labels";
import { formatDateTime } from "@/lib/time";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Authority report" };

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="break-inside-avoid border-t border-slate-300 pt-4 dark:border-slate-700">
      <h2 className="mb-3 text-base font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** The contents Art. 33(3) requires in a notification, laid out to print or paste into the authority's form. */
export default async function BreachReportPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("breaches:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [breach, followUps, org] = await Promise.all([getBreachById(id), listBreachFollowUps(id), getOrganisation()]);
  if (!breach) notFound();
  const timeZone = org?.timeZone ?? DEFAULT_TIME_ZONE;
  const t = (d: Date | null) => formatDateTime(d, timeZone);
  const n = (v: number | null) => (v === null ? "Not yet known" : `About ${v.toLocaleString("en-GB")}`);
  const clock = breachClock({ awareAt: breach.awareAt, authorityNotifiedAt: breach.authorityNotifiedAt, notifyDecision: breach.notifyDecision, risk: breach.risk, now: new Date() });
  const timing =
    clock.kind === "notified_late" ? "After the 72-hour limit" : clock.kind === "notified_in_time" ? "Within 72 hours" : "Not yet notified";
  return (
    <article className="mx-auto max-w-3xl space-y-6 bg-white p-8 text-slate-900 shadow-sm print:max-w-none print:p-0 print:shadow-none dark:bg-slate-900 dark:text-slate-100">
      <div className="no-print flex justify-between gap-2">
        <ButtonLink href={`/breaches/${breach.id}`} variant="secondary">Back to the breach</ButtonLink>
        <PrintButton />
      </div>
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">Personal data breach notification · Art. 33 GDPR</p>
        <h1 className="mt-1 text-2xl font-semibold">{breach.title}</h1>
        <p className="mt-1 font-mono text-sm">{breach.reference}{breach.authorityReference ? ` · authority's reference ${breach.authorityReference}` : ""}</p>
      </header>
      <Part title="Controller">
        <DetailList
          items={[
            ["Controller", org?.controllerName ?? "Not set in Settings"],
            ["Address", org?.address ?? ""],
            ["Contact", [org?.contactEmail, org?.contactPhone].filter(Boolean).join(" · ")],
            ...(org?.representative ? [["Representative (Art. 27)", org.representative] as [string, string]] : []),
          ]}
        />
      </Part>
      <Part title="(b) Data protection officer">
        <DetailList items={[["Name", org?.dpoName ?? ""], ["Contact", [org?.dpoEmail, org?.dpoPhone].filter(Boolean).join(" · ")]]} />
      </Part>
      <Part title="Timing">
        <DetailList
          items={[
            ["Breach happened", breach.occurredFrom || breach.occurredTo ? `${t(breach.occurredFrom)} – ${t(breach.occurredTo)}` : "Not yet known"],
            ["Controller became aware", t(breach.awareAt)],
            ["72-hour limit", t(notificationDeadline(breach.awareAt))],
            ["Notified to the authority", breach.authorityNotifiedAt ? `${t(breach.authorityNotifiedAt)} (${breach.authorityName})` : "Not yet notified"],
            ["Timing", timing],
            ...(breach.delayReason ? [["Reasons for the delay (Art. 33(1))", breach.delayReason] as [string, string]] : []),
            ["How it was discovered", breach.discovery],
          ]}
        />
      </Part>
      <Part title="(a) Nature of the breach">
        <DetailList
          items={[
            ["Nature", natureList(breach).join(", ") || "Not yet known"],
            ["Description", breach.description],
            ["Categories of data subjects", breach.subjectCategories],
            ["Number of data subjects", n(breach.subjectsApprox)],
            ["Categories of personal data records", breach.recordCategories],
            ["Number of records", n(breach.recordsApprox)],
            ["Special categories (Art. 9)", breach.specialCategories ? breach.specialCategoriesDetail || "Yes" : "None known"],
          ]}
        />
      </Part>
      <Part title="(c) Likely consequences">
        <DetailList items={[["Likely consequences", breach.likelyConsequences], ["Risk assessment", `${RISK_LABELS[breach.risk]}. ${breach.riskReasoning}`]]} />
      </Part>
      <Part title="(d) Measures taken or proposed">
        <DetailList items={[["Measures taken", breach.measuresTaken], ["Measures proposed", breach.measuresProposed]]} />
      </Part>
      <Part title="Communication to data subjects (Art. 34)">
        <DetailList
          items={[
            ["Status", SUBJECT_COMM_LABELS[breach.subjectCommStatus]],
            ...(breach.subjectCommStatus === "communicated"
              ? ([["When", t(breach.subjectCommAt)], ["How", breach.subjectCommChannel], ["People told", n(breach.subjectCommCount)]] as Array<[string, string]>)
              : []),
            ...(breach.subjectCommStatus === "exception" && breach.subjectCommException
              ? ([["Exception", EXCEPTION_LABELS[breach.subjectCommException]], ["Public communication", breach.subjectCommExceptionDetail]] as Array<[string, string]>)
              : []),
          ]}
        />
      </Part>
      {followUps.length > 0 ? (
        <Part title="Information provided in phases (Art. 33(4))">
          <ol className="list-decimal space-y-2 pl-5 text-sm">
            {followUps.map((f) => (
              <li key={f.id}>
                <span className="font-medium">{t(f.sentAt)}{f.reference ? ` · ${f.reference}` : ""}:</span>{" "}
                <span className="whitespace-pre-line">{f.content}</span>
              </li>
            ))}
          </ol>
        </Part>
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">Prepared with DPO Desk on {t(new Date())}.</p>
    </article>
  );
}
