import type { Metadata } from "next";
import Link from "next/link";
import { PublicRequestForm } from "@/components/requests/public-request-form";
import { loadClockContext, letterOrganisation } from "@/db/queries/requests";
import { dueDate, formatDay } from "@/lib/requests/clock";
import { formToken } from "@/lib/requests/codes";
import { submitRequestAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Make a request about your personal data" };

export default async function PublicRequestPage() {
  const [org, ctx] = await Promise.all([letterOrganisation(), loadClockContext()]);
  const ifToday = dueDate(new Date(), ctx.timeZone, ctx.holidays).date;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Make a request about your personal data</h1>
        <p className="text-slate-700 dark:text-slate-300">
          The data protection law (GDPR) gives you rights over the personal data {org.controllerName} holds about you, for example from our
          customer chat. Use this form to ask us to act on them. It is free.
        </p>
      </header>
      <section aria-labelledby="next-steps" className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
        <h2 id="next-steps" className="font-semibold">What happens next</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          <li>We e-mail you a 6-digit code. Enter it on the next page to confirm that the request is yours.</li>
          <li>Once you confirm, your request is received and the one-month time limit starts: confirmed today, we answer by {formatDay(ifToday, true)} at the latest.</li>
          <li>If we are not sure the request comes from you, we may ask you to confirm your identity with a code sent to contact details we already hold.</li>
        </ol>
      </section>
      <PublicRequestForm action={submitRequestAction} formToken={formToken()} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        We use what you write here only to handle your request. See our <Link href="/privacy" className="underline">privacy notice</Link>
        {org.dpoEmail ? <>, or write to our data protection officer at {org.dpoEmail}</> : null}.
      </p>
    </div>
  );
}
