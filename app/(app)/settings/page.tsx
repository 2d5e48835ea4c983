import type { Metadata } from "next";
import { getOrganisation } from "@/db/queries/organisation";
import { Card } from "@/components/ui/card";
import { OrganisationForm } from "@/components/settings/organisation-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { updateOrganisationAction } from "./actions";
import type { OrganisationSettings } from "@/lib/organisation/details";
import { COUNTRY_CODES, supportedTimeZones } from "@/lib/organisation/schema";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Organisation settings" };

// The table's own defaults, for an installation that was never seeded.
const EMPTY: OrganisationSettings = {
  controllerName: "",
  address: "",
  contactEmail: "",
  contactPhone: "",
  dpoName: "",
  dpoEmail: "",
  dpoPhone: "",
  representative: "",
  country: "SE",
  timeZone: "Europe/Stockholm",
};

function countryOptions() {
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export default async function OrganisationSettingsPage() {
  await requirePagePermission("organisation:read");
  const organisation = await getOrganisation();
  const { updatedAt, ...values } = organisation ?? { ...EMPTY, updatedAt: null };
  return (
    <Card>
      <h2 className="text-lg font-semibold">Organisation</h2>
      <p className="mb-4 mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
        These details go into the record of processing, the privacy notice and breach reports to the authority.
        {updatedAt ? ` Last saved ${formatDateTime(updatedAt, values.timeZone)}.` : " Not saved yet."}
      </p>
      <OrganisationForm action={updateOrganisationAction} values={values} countries={countryOptions()} timeZones={supportedTimeZones()} />
    </Card>
  );
}
