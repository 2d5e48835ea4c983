import type { Metadata } from "next";
import { listOwnerOptions } from "@/db/queries/users";
import { BreachForm } from "@/components/breaches/breach-form";
import { PageHeader } from "@/components/layout/page-header";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { newBreachFormValues } from "@/lib/breaches/form-values";
import { createBreachAction } from "../actions";

export const metadata: Metadata = { title: "Record a breach" };

export default async function NewBreachPage() {
  const user = await requirePagePermission("breaches:write");
  const [timeZone, owners] = await Promise.all([getTimeZone(), listOwnerOptions()]);
  return (
    <>
      <PageHeader title="Record a breach" description="Record what is known now; you can complete the record as the assessment goes on. The 72-hour clock starts when the company became aware." />
      <BreachForm
        action={createBreachAction}
        defaults={newBreachFormValues(new Date(), timeZone, user.id)}
        owners={owners}
        timeZone={timeZone}
        cancelHref="/breaches"
      />
    </>
  );
}
