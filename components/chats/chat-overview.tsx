import Link from "next/link";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import type { ChatOverview as Figures, MonthFindingCounts } from "@/db/queries/chats";
import { FindingsByMonthChart } from "./findings-by-month-chart";

const link = "text-brand-700 underline dark:text-sky-300";

/** The chat data's part of the overview: what is stored, what is past retention, gaps, findings. */
export function ChatOverview({ figures, perMonth }: { figures: Figures; perMonth: MonthFindingCounts[] }) {
  return (
    <section aria-labelledby="overview-chats" className="space-y-4">
      <h2 id="overview-chats" className="text-lg font-semibold">
        Chat data
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Stat
          label="Conversations stored"
          value={figures.conversations}
          hint={
            <>
              {figures.messages} messages{figures.onLegalHold ? `; ${figures.onLegalHold} on legal hold` : ""} ·{" "}
              <Link href="/chats" className={link}>
                Conversations
              </Link>
            </>
          }
        />
        <Stat
          label="Past retention"
          value={figures.pastRetention}
          tone={figures.pastRetention ? "warn" : "good"}
          hint={
            <>
              {figures.heldPastRetention ? `${figures.heldPastRetention} more kept by a legal hold · ` : "Taken by the next retention run · "}
              <Link href="/chats?retention=past" className={link}>
                Show
              </Link>
            </>
          }
        />
        <Stat
          label="Covered by no retention rule"
          value={figures.uncovered}
          tone={figures.uncovered ? "bad" : "good"}
          hint={
            <>
              {figures.uncovered ? (
                <>
                  Kept with no time limit ·{" "}
                  <Link href="/chats?retention=none" className={link}>
                    Show
                  </Link>{" "}
                  ·{" "}
                </>
              ) : (
                "Every conversation has a rule · "
              )}
              <Link href="/retention" className={link}>
                Retention rules
              </Link>
            </>
          }
        />
        <Stat
          label="Open findings"
          value={figures.openFindings}
          tone={figures.openFindings ? "warn" : "good"}
          hint={
            <>
              Personal data to mask or dismiss ·{" "}
              <Link href="/findings" className={link}>
                Review
              </Link>
            </>
          }
        />
      </div>
      <Card>
        <CardTitle>Personal data found in chats per month, by type</CardTitle>
        <FindingsByMonthChart data={perMonth} />
      </Card>
    </section>
  );
}
