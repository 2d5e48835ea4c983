import Link from "next/link";

export default function EntryNotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Entry not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">There is no entry of the processor&rsquo;s record at this address.</p>
      <Link href="/inventory/processor-record" className="mt-6 inline-block text-brand-600 underline">
        Back to processing for other controllers
      </Link>
    </div>
  );
}
