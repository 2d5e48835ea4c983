// Shown while a settings page reads the database; the layout's heading and tabs stay in place.
export default function SettingsLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading settings…</span>
      <div className="h-6 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="h-10 max-w-3xl animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
      ))}
    </div>
  );
}
