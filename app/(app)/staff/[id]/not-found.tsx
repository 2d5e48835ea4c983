import Link from "next/link";

export default function StaffNotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Person not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">There is no one at this address that you may see.</p>
      <Link href="/staff" className="mt-6 inline-block text-brand-600 underline">
        Back to the staff directory
      </Link>
    </div>
  );
}
