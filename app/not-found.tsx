import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-16 text-center">
      <p className="text-sm font-semibold text-slate-600 dark:text-slate-400">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">There is nothing at this address, or it was removed.</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        Back to the overview
      </Link>
    </main>
  );
}
