import type { Metadata } from "next";
import { ChatImportForm } from "@/components/chats/import-form";
import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { MAX_BATCH_CONVERSATIONS, MAX_BATCH_MESSAGES, MAX_MESSAGE_LENGTH } from "@/lib/chats/batch-schema";
import { importChatFileAction } from "./actions";

export const metadata: Metadata = { title: "Import conversations" };
export const dynamic = "force-dynamic";

const COLUMNS: Array<[string, boolean, string]> = [
  ["source", true, "The source key, e.g. website: 1–63 lower-case letters, digits, '-' or '_'. A new key creates an import source."],
  ["conversation_id", true, "The conversation's id in the chat platform. Rows with the same source and conversation_id form one conversation."],
  ["started_at", false, "When the conversation started. Empty: its earliest message."],
  ["ended_at", false, "When it ended; retention counts from here (else from its last message)."],
  ["category", false, "Free text, e.g. returns, used by retention rules."],
  ["visitor_id", false, "The visitor's id in the platform."],
  ["visitor_name", false, "The visitor's name."],
  ["visitor_email", false, "The visitor's email address."],
  ["visitor_phone", false, "The visitor's phone number, best with its country code (+46…)."],
  ["message_id", true, "The message's id, unique within its conversation. Importing it again adds nothing."],
  ["sent_at", true, "When the message was sent."],
  ["author", true, "visitor, agent or bot."],
  ["author_name", false, "Who wrote it, as shown in the transcript."],
  ["text", true, `The message, at most ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters. Quote it if it holds commas, quotes or line breaks.`],
];

export default async function ChatImportPage() {
  await requirePagePermission("chats:import");
  const timeZone = await getTimeZone();
  return (
    <>
      <PageHeader
        title="Import conversations"
        description="Load conversations from a file: a CSV with one message per row, or a JSON file in the API's batch format. The preview shows every problem before anything is written; importing the same file twice adds nothing."
        actions={<ButtonLink href="/chats" variant="secondary">Conversations</ButtonLink>}
      />
      <div className="space-y-6">
        <Card>
          <ChatImportForm action={importChatFileAction} />
        </Card>

        <Card aria-labelledby="csv-format-heading" className="space-y-3 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="csv-format-heading" className="text-base font-semibold">
              CSV columns
            </h2>
            <a href="/chats/import/template" className="font-medium text-brand-700 underline underline-offset-2 dark:text-sky-300" download>
              Download the template (CSV)
            </a>
          </div>
          <p>
            The first line names the columns, in any order; columns marked required must be there. Conversation columns may be repeated on
            every row of the conversation or given on its first row only, but two rows may not disagree. Times are ISO 8601 with their offset
            (<code>2026-03-02T09:15:00+01:00</code> or <code>…Z</code>), or a plain <code>2026-03-02 09:15</code>, read in the
            organisation&apos;s time zone ({timeZone}). The line numbers in the preview count the header as line 1, as spreadsheets do.
          </p>
          <Table>
            <caption className="sr-only">The columns of the CSV file</caption>
            <thead>
              <tr>
                <Th>Column</Th>
                <Th>Required</Th>
                <Th>What it holds</Th>
              </tr>
            </thead>
            <tbody>
              {COLUMNS.map(([name, required, what]) => (
                <tr key={name}>
                  <Td className="font-mono text-xs">{name}</Td>
                  <Td>{required ? "yes" : "no"}</Td>
                  <Td>{what}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>

        <Card aria-labelledby="json-format-heading" className="space-y-2 text-sm">
          <h2 id="json-format-heading" className="text-base font-semibold">
            JSON files
          </h2>
          <p>
            One batch exactly as <code>POST /api/v1/conversations</code> takes it: <code>{'{ "source": …, "conversations": [ … ] }'}</code>,
            with at most {MAX_BATCH_CONVERSATIONS} conversations and {MAX_BATCH_MESSAGES.toLocaleString("en")} messages. Problems are named
            by item and field, e.g. <code>conversations[2].messages[0]</code> · <code>sentAt</code>.
          </p>
          <p>
            Either way the whole file is written in one transaction: all of it, or — if anything fails — none of it. Personal data in the
            messages is found and visitors are linked to the people already known, exactly as for conversations that arrive through the API.
          </p>
        </Card>
      </div>
    </>
  );
}
