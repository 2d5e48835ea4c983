import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import type { listProcessorsForActivity } from "@/db/queries/processors";
import { AgreementStatusBadge, CountryText, MechanismText } from "./processor-badges";

type ActivityProcessorRow = Awaited<ReturnType<typeof listProcessorsForActivity>>[number];

/** "Processors receiving this data" on an activity's page: read-only, each linked to its processor. */
export function ActivityProcessors({ rows }: { rows: ActivityProcessorRow[] }) {
  return (
    <Card>
      <CardTitle>Processors receiving this data</CardTitle>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No processor is linked to this activity. Link one from its page under <Link href="/processors" className="underline">Processors</Link>.
        </p>
      ) : (
        <Table>
          <caption className="sr-only">Processors receiving this activity&rsquo;s data</caption>
          <thead>
            <tr>
              <Th>Processor</Th>
              <Th>Service</Th>
              <Th>Country</Th>
              <Th>Transfer</Th>
              <Th>Agreement</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link href={`/processors/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">{p.name}</Link>
                  {p.archivedAt ? <Badge className="ml-2">Archived</Badge> : null}
                </Td>
                <Td className="max-w-sm">{p.service}</Td>
                <Td><CountryText country={p.country} /></Td>
                <Td><MechanismText country={p.country} mechanism={p.transferMechanism} /></Td>
                <Td><AgreementStatusBadge status={p.agreementStatus} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
