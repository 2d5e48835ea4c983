import Link from "next/link";

export default function PrivacyVersionNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Version not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">No version of our privacy notice has this number.</p>
      <Link href="/privacy" className="mt-6 inline-block text-brand-600 underline">
        Read the current privacy notice
      </Link>
    </div>
  );
}
