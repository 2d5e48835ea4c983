import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AddHolidayForm, RequestSettingsForm, SmallActionButton } from "@/components/requests/settings-forms";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { getRequestSettings, listHolidays } from "@/db/queries/requests";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDay } from "@/lib/requests/clock";
import { todayIn } from "@/lib/time";
import { addHolidayAction, addSwedishYearAction, removeHolidayAction, updateRequestSettingsAction } from "./actions";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Request settings" };

export default async function RequestSettingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("requests:write");
  const thisYear = Number(todayIn(await getTimeZone()).slice(0, 4));
  const year = z.coerce.number().int().min(2000).max(2100).catch(thisYear).parse((await searchParams).year);
  const [settings, { country, rows }] = await Promise.all([getRequestSettings(), listHolidays(year)]);
  const link = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
  return (
    <div className="space-y-6">
      <Card aria-labelledby="clock-heading">
        <h2 id="clock-heading" className="mb-3 text-lg font-semibold">The legal clock</h2>
        <RequestSettingsForm action={updateRequestSettingsAction} defaults={settings} />
      </Card>
      <Card aria-labelledby="holidays-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="holidays-heading" className="text-lg font-semibold">Public holidays in {country}, {year}</h2>
          <nav aria-label="Year" className="flex gap-2">
            <Link className={link} href={`/settings/requests?year=${year - 1}`}>{year - 1}</Link>
            <Link className={link} href={`/settings/requests?year=${year + 1}`}>{year + 1}</Link>
          </nav>
        </div>
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
          A due date that falls on a weekend or one of these days moves to the next working day. Changing the list recomputes the due dates of open
          requests; closed requests keep the dates they were answered against. The country is the organisation&apos;s (Settings → Organisation).
        </p>
        {rows.length === 0 ? (
          <p className="mb-4 text-sm">No holidays are listed for {year}: only weekends move due dates.</p>
        ) : (
          <Table className="mb-4">
            <caption className="sr-only">Holidays in {year}</caption>
            <thead>
              <tr>
                <Th>Date</Th>
                <Th>Name</Th>
                <Th><span className="sr-only">Remove</span></Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr key={h.id}>
                  <Td className="whitespace-nowrap">{formatDay(h.date, true)}</Td>
                  <Td>{h.name}</Td>
                  <Td><SmallActionButton action={removeHolidayAction} fields={{ id: h.id }} label="Remove" /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {country === "SE" ? (
          <div className="mb-6">
            <SmallActionButton action={addSwedishYearAction} fields={{ year: String(year) }} label={`Add Sweden's holidays for ${year}`} variant="primary" />
          </div>
        ) : null}
        <h3 className="mb-2 text-sm font-semibold">Add a holiday</h3>
        <AddHolidayForm action={addHolidayAction} />
      </Card>
    </div>
  );
}
