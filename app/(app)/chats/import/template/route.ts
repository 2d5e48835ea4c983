import { authorizeRoute } from "@/lib/auth/guards";
import { CHAT_CSV_TEMPLATE } from "@/lib/chats/csv-import";
import { CSV_BOM } from "@/lib/csv";

export const dynamic = "force-dynamic";

/** The CSV template with example rows; only for those who may import. */
export async function GET(): Promise<Response> {
  const { response } = await authorizeRoute("chats:import");
  if (response) return response;
  return new Response(CSV_BOM + CHAT_CSV_TEMPLATE, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="chat-import-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
