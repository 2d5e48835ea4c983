import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { VersionRef } from "@/lib/notice/form-schema";

function Choice({ name, label, value, versions }: { name: string; label: string; value: VersionRef; versions: number[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`diff-${name}`} className="block text-sm font-medium">{label}</label>
      <Select id={`diff-${name}`} name={name} defaultValue={String(value)} className="w-56">
        <option value="current">Current preview (unpublished)</option>
        {versions.map((v) => (
          <option key={v} value={v}>Version {v}</option>
        ))}
      </Select>
    </div>
  );
}

/** Picks two versions to compare; a plain GET form, so the comparison has its own URL. */
export function DiffPicker({ versions, from, to }: { versions: number[]; from: VersionRef; to: VersionRef }) {
  return (
    <form method="get" action="/notice/diff" className="flex flex-wrap items-end gap-3" aria-label="Compare two versions">
      <Choice name="from" label="Compare" value={from} versions={versions} />
      <Choice name="to" label="with" value={to} versions={versions} />
      <Button type="submit" variant="secondary">Show differences</Button>
    </form>
  );
}
