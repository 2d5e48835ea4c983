import Link from "next/link";
import { formatDate } from "@/lib/time";

/** Earlier versions of the notice, for the public page: each stays readable as it was published. */
export function NoticeVersionList({ versions, timeZone }: { versions: Array<{ version: number; publishedAt: Date }>; timeZone: string }) {
  return (
    <section aria-labelledby="earlier-versions" className="border-t border-slate-200 pt-6 dark:border-slate-800">
      <h2 id="earlier-versions" className="text-lg font-semibold">Earlier versions</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {versions.map((v) => (
          <li key={v.version}>
            <Link href={`/privacy/versions/${v.version}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
              Version {v.version}, published {formatDate(v.publishedAt, timeZone)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
