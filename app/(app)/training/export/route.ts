import { getTimeZone } from "@/db/queries/time-zone";
import { loadTrainingMatrix } from "@/db/queries/training";
import { authorizeRoute } from "@/lib/auth/guards";
import { apiError } from "@/lib/http";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { describeError } from "@/lib/server-errors";
import { todayIn } from "@/lib/time";

const HEADER = ["name", "work_email", "team", "customer_facing", "course", "state", "last_completed", "due_on"];

/**
 * The training status for an audit: one row per person and required course, in the user's scope
 * (a manager's file holds their team only). Small enough to build whole: people × courses.
 */
export async function GET() {
  const guard = await authorizeRoute("training:read");
  if (guard.response) return guard.response;
  const today = todayIn(await getTimeZone());
  try {
    const rows = await loadTrainingMatrix({ scope: guard.user, today });
    const body =
      CSV_BOM +
      csvLine(HEADER) +
      rows
        .map((r) => csvLine([r.name, r.workEmail, r.team, r.customerFacing ? "yes" : "no", r.courseTitle, r.status.state, r.status.lastCompletedOn ?? "", r.status.dueOn ?? ""]))
        .join("");
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="training-status-${today}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    console.error(`[training export failed] ${describeError(error)}`);
    return apiError(500, "export_failed", "The training status could not be read. Try again in a moment.");
  }
}
