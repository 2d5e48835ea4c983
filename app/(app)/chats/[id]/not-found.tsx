import Link from "next/link";

export default function ConversationNotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Conversation not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        There is no conversation at this address. It may have been deleted by its retention rule.
      </p>
      <Link href="/chats" className="mt-6 inline-block text-brand-600 underline">
        Back to the conversations
      </Link>
    </div>
  );
}
