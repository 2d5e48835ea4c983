import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-6 py-16 text-center">
      <p className="text-sm font-semibold text-red-700 dark:text-red-400">403</p>
      <h1 className="mt-2 text-2xl font-semibold">Your role cannot open this page</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">Ask your Data Protection Officer if you need access.</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        Back to the overview
      </Link>
    </main>
  );
}
