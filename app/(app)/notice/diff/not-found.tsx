import Link from "next/link";

export default function NoticeDiffNotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Version not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">One of the versions to compare does not exist.</p>
      <Link href="/notice/versions" className="mt-6 inline-block text-brand-600 underline">
        Back to the versions
      </Link>
    </div>
  );
}
