// Agreements are PDFs. Server actions accept bodies up to 6 MB (next.config.ts), so files stay under 5 MB.
export const MAX_AGREEMENT_BYTES = 5 * 1024 * 1024;
export const PDF_MIME = "application/pdf";
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * The file's real type from its first bytes. The name and the browser's claimed type are chosen by the
 * uploader, so they decide nothing: an HTML page named contract.pdf is refused.
 */
export function checkAgreementFile(file: { size: number; bytes: Uint8Array }): { ok: true; mimeType: string } | { ok: false; error: string } {
  if (file.size === 0 || file.bytes.length === 0) return { ok: false, error: "The file is empty." };
  if (file.size > MAX_AGREEMENT_BYTES || file.bytes.length > MAX_AGREEMENT_BYTES) return { ok: false, error: "The file is larger than 5 MB." };
  if (!PDF_SIGNATURE.every((b, i) => file.bytes[i] === b)) return { ok: false, error: "Only PDF files are accepted: this file is not a PDF." };
  return { ok: true, mimeType: PDF_MIME };
}

/** A file name safe to echo in a Content-Disposition header, always ending in .pdf. */
export function agreementDownloadName(name: string): string {
  const base = name.replace(/\.pdf$/i, "").replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 80) || "agreement";
  return `${base}.pdf`;
}

/** What a stored file name may be: the uploader's name without a path, trimmed, never empty. */
export function storedFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim().slice(0, 200) ?? "";
  return base || "agreement.pdf";
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
