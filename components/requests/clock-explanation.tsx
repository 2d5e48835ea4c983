/** How a due date was reached, one step after another: "received 31 January → 28 February (no 31st) → Monday 2 March (weekend)". */
export function ClockExplanation({ label, steps }: { label: string; steps: string[] }) {
  return (
    <div>
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</p>
      <ol className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" aria-label={label} data-testid="clock-steps">
        {steps.map((step, i) => (
          <li key={i} className="flex items-center gap-2">
            {i > 0 ? <span aria-hidden className="text-slate-500">→</span> : null}
            <span className={i === steps.length - 1 ? "font-semibold" : undefined}>{step}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
