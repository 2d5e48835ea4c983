import type { NextRequest } from "next/server";
import { stampRecordVersion } from "@/db/queries/inventory";
import { actorOf, authorizeRoute } from "@/lib/auth/guards";
import { badFormat, parseFormat, versionDownload } from "./download";

/**
 * The current record as CSV or XLSX, stamped first: an unchanged record reuses its latest version,
 * a changed one gets the next. Readers may stamp: it records what was handed out (audited as them)
 * and never changes the record itself. format=print stamps and opens the printable version.
 */
export async function GET(request: NextRequest) {
  const guard = await authorizeRoute("inventory:read");
  if (guard.response) return guard.response;
  const raw = request.nextUrl.searchParams.get("format");
  const format = raw === "print" ? "print" : parseFormat(raw);
  if (!format) return badFormat();

  const stamped = await stampRecordVersion(actorOf(guard.user));
  if (format === "print") return Response.redirect(new URL(`/inventory/versions/${stamped.version}/print`, request.nextUrl), 303);
  return versionDownload(stamped.snapshot, stamped, format);
}
