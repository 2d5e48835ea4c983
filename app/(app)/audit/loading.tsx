export default function AuditLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading the audit log…</span>
      <div className="mb-6 h-8 w-48 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mb-6 h-32 rounded-lg bg-slate-200 dark:bg-slate-800" />
      <div className="mb-4 h-20 rounded-lg bg-slate-200 dark:bg-slate-800" />
      <div className="space-y-2">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-10 rounded bg-slate-200 dark:bg-slate-800" />
        ))}
      </div>
    </div>
  );
}
