import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ConfirmCodeForm } from "@/components/requests/public-request-form";
import { getConfirmation, loadClockContext, maskAddress } from "@/db/queries/requests";
import { CODE_MAX_ATTEMPTS } from "@/lib/requests/codes";
import { dueDate, formatDay, localDate } from "@/lib/requests/clock";
import { TYPE_EXPLANATIONS } from "@/lib/requests/labels";
import { complaintAuthority } from "@/lib/requests/templates";
import { confirmRequestAction } from "../actions";
import type { SearchParams } from "@/lib/search-params";
import { isUuid } from "@/lib/uuid";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your request" };

function Problem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-slate-700 dark:text-slate-300">{children}</p>
      <Link href="/request" className="inline-block text-brand-700 underline dark:text-sky-300">Send the form again</Link>
    </div>
  );
}

export default async function ConfirmRequestPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = (await searchParams).id;
  const id = typeof raw === "string" && isUuid(raw) ? raw : null;
  const [confirmation, ctx] = await Promise.all([id ? getConfirmation(id) : Promise.resolve(null), loadClockContext()]);
  if (!confirmation) return <Problem title="This confirmation page is not valid">It may have expired and been removed. Your request was not received.</Problem>;
  const what = TYPE_EXPLANATIONS[confirmation.type].title;
  const now = new Date();

  if (confirmation.confirmedAt && confirmation.reference && confirmation.dueDate) {
    return (
      <div className="space-y-6">
        <div className="space-y-2" role="status">
          <h1 className="text-2xl font-semibold tracking-tight">Your request has been received</h1>
          <p className="text-slate-700 dark:text-slate-300">
            “{what}”, reference <strong className="font-mono" data-testid="request-reference">{confirmation.reference}</strong>, received on{" "}
            {formatDay(localDate(confirmation.receivedAt!, ctx.timeZone))}. We have e-mailed you an acknowledgement.
          </p>
        </div>
        <section aria-labelledby="next" className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 id="next" className="font-semibold">What happens next</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              We answer without undue delay, and at the latest by <strong data-testid="request-due-date">{formatDay(confirmation.dueDate, true)}</strong>.
            </li>
            <li>If we are not sure the request comes from you, we may ask you to confirm your identity first, with a code sent to contact details we already hold.</li>
            <li>If the request is complex, we may need two further months; we would tell you before that date, with the reasons.</li>
            <li>If you are not satisfied with our answer, you may complain to {complaintAuthority(ctx.country)}.</li>
          </ul>
        </section>
      </div>
    );
  }
  if (confirmation.confirmedAt) return <Problem title="This request was already confirmed">Check your e-mail for the acknowledgement with its reference.</Problem>;
  if (confirmation.expiresAt.getTime() < now.getTime()) return <Problem title="The code has expired">Codes are valid for 24 hours. Your request was not received.</Problem>;
  if (confirmation.attempts >= CODE_MAX_ATTEMPTS) return <Problem title="Too many wrong codes">For your protection this request cannot be confirmed any more. Your request was not received.</Problem>;

  const ifToday = dueDate(now, ctx.timeZone, ctx.holidays).date;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Confirm your request</h1>
        <p className="text-slate-700 dark:text-slate-300">
          We sent a 6-digit code to <strong>{maskAddress(confirmation.email)}</strong>. Enter it below to confirm your request “{what}”. Until then,
          nothing has been received. Did not get it? Check your spam folder, or wait a few minutes.
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">Confirmed today, we answer by {formatDay(ifToday, true)} at the latest.</p>
      </div>
      <ConfirmCodeForm action={confirmRequestAction} confirmationId={confirmation.id} />
    </div>
  );
}
