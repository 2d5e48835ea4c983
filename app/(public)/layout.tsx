import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getOrganisation } from "@/db/queries/organisation";

// Pages for the public (the privacy notice, the request form): no sign-in, no app sidebar.
// They read the database per request.
export const dynamic = "force-dynamic";

// The public pages speak for the controller, not for the DPO Desk tool.
export const metadata: Metadata = { title: { default: "Privacy", template: "%s" } };

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const organisation = await getOrganisation();
  const name = organisation?.controllerName.trim() || "Privacy";
  return (
    <div className="flex min-h-screen flex-col bg-white dark:bg-slate-950">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-slate-900">
        Skip to the content
      </a>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <p className="text-lg font-semibold">{name}</p>
          <nav aria-label="Privacy">
            <Link href="/privacy" className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
              Privacy notice
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        <div className="mx-auto max-w-3xl px-4 py-4">
          {organisation?.dpoEmail ? <>Questions about your personal data? Write to our data protection officer at {organisation.dpoEmail}.</> : <>{name}</>}
        </div>
      </footer>
    </div>
  );
}
