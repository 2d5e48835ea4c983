import Link from "next/link";
import { TextField } from "@/components/ui/form-controls";
import { Checkbox } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import type { MentionReview } from "@/lib/requests/access-package";
import { formatDateTime } from "@/lib/time";

/** Other people's conversations that mention the person, as the package version decided on them. */
export function MentionReviewList({ mentions, timeZone }: { mentions: MentionReview[]; timeZone: string }) {
  if (mentions.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <Table aria-label="Other conversations that mention the person">
        <thead>
          <tr>
            <Th>Conversation</Th>
            <Th>Messages naming them</Th>
            <Th>In the package</Th>
            <Th>Why</Th>
          </tr>
        </thead>
        <tbody>
          {mentions.map((m) => (
            <tr key={m.conversationId}>
              <Td>
                <Link className="underline" href={`/chats/${m.conversationId}`}>
                  {m.source}, {formatDateTime(new Date(m.startedAt), timeZone)}
                </Link>
              </Td>
              <Td className="tabular-nums">{m.messages}</Td>
              <Td>{m.included ? "As an extract" : "Left out"}</Td>
              <Td>{m.reason}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** On the build form: which of those conversations the next version includes as extracts, and why. */
export function ExtractChoices({ mentions, timeZone }: { mentions: MentionReview[]; timeZone: string }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Include as extracts (only the messages that mention the person, others&apos; details redacted)</legend>
      {mentions.map((m) => (
        <label key={m.conversationId} className="flex items-center gap-2 text-sm">
          <Checkbox name="extracts" value={m.conversationId} defaultChecked={m.included} />
          {m.source}, {formatDateTime(new Date(m.startedAt), timeZone)} ({m.messages} message{m.messages === 1 ? "" : "s"})
        </label>
      ))}
      <TextField name="extractReason" label="Reason for this choice (optional)" hint="Shown in the package's review list; a standard sentence otherwise." />
    </fieldset>
  );
}
