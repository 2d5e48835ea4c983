import { formatDate } from "@/lib/time";

export function PublishedStamp({ version, publishedAt, timeZone, current }: { version: number; publishedAt: Date; timeZone: string; current: boolean }) {
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="notice-stamp">
      Version {version}, published <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt, timeZone)}</time>
      {current ? " (current version)" : ""}
    </p>
  );
}
