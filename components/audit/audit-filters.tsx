import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";

export interface AuditFilterValues {
  actor: string;
  entity: string;
  from: string;
  to: string;
}

/**
 * A plain GET form: the filters live in the URL, so a filtered view can be bookmarked or shared,
 * and it works before any script has loaded.
 */
export function AuditFilters({
  values,
  errors,
  actors,
  entityTypes,
}: {
  values: AuditFilterValues;
  errors: Partial<Record<keyof AuditFilterValues, string[]>>;
  actors: Array<{ id: string; name: string }>;
  entityTypes: string[];
}) {
  // An entity type no entry has any more still shows, so the form says what is being filtered.
  const entityOptions = values.entity && !entityTypes.includes(values.entity) ? [...entityTypes, values.entity] : entityTypes;
  return (
    // Keyed on the values: a client-side navigation (pager, "Clear") must reset the uncontrolled fields.
    <form key={JSON.stringify(values)} method="get" action="/audit" role="search" aria-label="Filter the audit log" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-slate-800 dark:bg-slate-900">
      <Field id="audit-actor" label="Actor" errors={errors.actor}>
        <Select name="actor" defaultValue={values.actor}>
          <option value="">All actors</option>
          <option value="system">System</option>
          <option value="api">API key</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="audit-entity" label="Entity type" errors={errors.entity}>
        <Select name="entity" defaultValue={values.entity}>
          <option value="">All entity types</option>
          {entityOptions.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="audit-from" label="From" errors={errors.from}>
        <Input name="from" type="date" defaultValue={values.from} />
      </Field>
      <Field id="audit-to" label="To (inclusive)" errors={errors.to}>
        <Input name="to" type="date" defaultValue={values.to} />
      </Field>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        <Link href="/audit" className={buttonClass("ghost")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
