import { FilterChoice, FilterField, FilterForm, FilterSearch } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";
import { CONVERSATION_SORT_LABELS, NO_CATEGORY } from "@/lib/chats/list-params";

const EITHER = { yes: "Contains", no: "Does not contain" };

export function ConversationFilters({
  values,
  sources,
  categories,
}: {
  values: Record<string, string | undefined>;
  sources: Array<{ key: string; name: string }>;
  categories: string[];
}) {
  return (
    <FilterForm label="Filter conversations">
      <FilterSearch title="Visitor identifier" value={values.q} placeholder="Email, phone or visitor id" className="min-w-56" />
      <FilterChoice name="source" title="Source" value={values.source ?? ""} options={sources.map((s): [string, string] => [s.key, s.name])} all="All" />
      <FilterField name="from" title="Started from">
        <Input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </FilterField>
      <FilterField name="to" title="Started until">
        <Input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </FilterField>
      <FilterChoice name="category" title="Category" value={values.category ?? ""} options={[...categories.map((c): [string, string] => [c, c]), [NO_CATEGORY, "No category"]]} all="All" />
      <FilterChoice name="special" title="Special-category data" value={values.special ?? ""} options={EITHER} all="Either" />
      <FilterChoice name="hold" title="Legal hold" value={values.hold ?? ""} options={{ yes: "On hold", no: "Not on hold" }} all="Either" />
      <FilterChoice name="retention" title="Retention" value={values.retention ?? ""} options={{ past: "Past retention", none: "Covered by no rule" }} all="Any" />
      <FilterChoice name="sort" title="Sort by" value={values.sort ?? "started"} options={CONVERSATION_SORT_LABELS} />
      <FilterChoice name="dir" title="Order" value={values.dir ?? "desc"} options={{ desc: "Descending", asc: "Ascending" }} />
    </FilterForm>
  );
}
