import { apiError } from "@/lib/http";
import { EXPORT_FORMATS, exportFileName, toCsv, toXlsx, type ExportFormat, type RecordSnapshot, type VersionStamp } from "@/lib/inventory/export";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The format asked for, CSV when none is given; null for anything else. */
export function parseFormat(value: string | null): ExportFormat | null {
  if (value === null || value === "") return "csv";
  return (EXPORT_FORMATS as readonly string[]).includes(value) ? (value as ExportFormat) : null;
}

export function badFormat() {
  return apiError(400, "invalid_format", `format must be one of: ${EXPORT_FORMATS.join(", ")}.`);
}

/** One stamped version as a file download; the version and hash are also in headers for scripts. */
export async function versionDownload(snapshot: RecordSnapshot, stamp: VersionStamp, format: ExportFormat): Promise<Response> {
  const body = format === "csv" ? toCsv(snapshot, stamp) : new Uint8Array(await toXlsx(snapshot, stamp));
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFileName(stamp.version, format)}"`,
      "Cache-Control": "no-store",
      "X-Record-Version": String(stamp.version),
      "X-Content-SHA256": stamp.contentHash,
    },
  });
}
