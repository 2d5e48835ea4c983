import { FilterChoice, FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";

export interface AuditFilterValues {
  actor: string;
  entity: string;
  from: string;
  to: string;
}

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
    <FilterForm key={JSON.stringify(values)} label="Filter the audit log" submitLabel="Apply filters" clearHref="/audit">
      <FilterChoice
        name="actor"
        title="Actor"
        value={values.actor}
        options={[["system", "System"], ["api", "API key"], ...actors.map((a): [string, string] => [a.id, a.name])]}
        all="All actors"
        errors={errors.actor}
      />
      <FilterChoice name="entity" title="Entity type" value={values.entity} options={entityOptions.map((t): [string, string] => [t, t])} all="All entity types" errors={errors.entity} />
      <FilterField name="from" title="From" errors={errors.from}>
        <Input id="filter-from" name="from" type="date" defaultValue={values.from} />
      </FilterField>
      <FilterField name="to" title="To (inclusive)" errors={errors.to}>
        <Input id="filter-to" name="to" type="date" defaultValue={values.to} />
      </FilterField>
    </FilterForm>
  );
}
