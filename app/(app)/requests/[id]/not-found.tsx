import Link from "next/link";

export default function RequestNotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Request not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">There is no request at this address.</p>
      <Link href="/requests" className="mt-6 inline-block text-brand-600 underline">
        Back to the requests
      </Link>
    </div>
  );
}
