"use client";

import { Button } from "@/components/ui/button";

// `retry` (Next 16) asks the server for the page again; `reset` would only re-render the same error.
export default function OutboxError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 dark:border-red-800 dark:bg-red-950">
      <h1 className="text-lg font-semibold">The outbox could not be loaded</h1>
      <p className="mt-1 text-sm">
        The database did not answer as expected. Nothing was changed. Try again in a moment
        {error.digest ? `; if it keeps happening, quote reference ${error.digest}` : ""}.
      </p>
      <Button className="mt-4" variant="secondary" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
