"use client";

import { Button } from "@/components/ui/button";

export default function BreachesError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 dark:border-red-800 dark:bg-red-950">
      <h1 className="text-lg font-semibold">The breach log could not be loaded</h1>
      <p className="mt-1 text-sm">The database did not answer as expected. Nothing was changed. Try again in a moment.</p>
      <Button className="mt-4" variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
