import type { NoticeBlock } from "@/lib/notice/types";
import type { AccessPackageJson } from "./access-package";

// The readable copy of an access package: one self-contained page (inline CSS, no scripts, no external
// resources) that prints to PDF from any browser. Every value is escaped: chat text is untrusted.

// Carried inside the document so it holds wherever the file is opened, saved to disk included, where no
// response header reaches it: nothing may run, load or submit; only the inline style applies.
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const AUTHOR_LABELS = { visitor: "You", agent: "Agent", bot: "Bot" } as const;

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#0f172a;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #cbd5e1;padding-bottom:.25rem}
h3{font-size:1rem;margin:1.25rem 0 .25rem}.muted{color:#475569}dl{display:grid;grid-template-columns:12rem 1fr;gap:.25rem 1rem;margin:.5rem 0}
dt{font-weight:600}dd{margin:0}table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #cbd5e1;padding:.3rem .5rem;text-align:left;vertical-align:top}
.msg{border-left:3px solid #cbd5e1;padding:.25rem .75rem;margin:.5rem 0;white-space:pre-wrap;overflow-wrap:anywhere}.msg.visitor{border-color:#2563eb}
.who{font-weight:600;white-space:normal}.note{background:#f1f5f9;padding:.75rem;border-radius:.25rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}.msg{break-inside:avoid}}
`;

const dateTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));

function block(b: NoticeBlock): string {
  if (b.type === "paragraph") return `<p>${escapeHtml(b.text)}</p>`;
  if (b.type === "list") return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
  // A link points into the app's own pages, which a saved copy cannot follow: its words are enough.
  if (b.type !== "facts") return `<p>${escapeHtml(b.text)}</p>`;
  return `<dl>${b.items.map((i) => `<dt>${escapeHtml(i.label)}</dt><dd>${escapeHtml(i.text)}</dd>`).join("")}</dl>`;
}

export function renderAccessPackageHtml(pkg: AccessPackageJson, timeZone: string): string {
  const t = (iso: string) => escapeHtml(dateTime(iso, timeZone));
  const title = `Your personal data held by ${pkg.controller || "us"}`;
  const identifiers = pkg.person.identifiers.length
    ? `<table><thead><tr><th>Kind</th><th>Value</th><th>Where we got it</th><th>Since</th></tr></thead><tbody>${pkg.person.identifiers
        .map((i) => `<tr><td>${escapeHtml(i.kind.replace("_", " "))}</td><td>${escapeHtml(i.value)}</td><td>${escapeHtml(i.seenIn)}</td><td>${t(i.since)}</td></tr>`)
        .join("")}</tbody></table>`
    : "<p>None.</p>";
  const conversations = pkg.conversations.length
    ? pkg.conversations
        .map((c, n) => {
          const facts = [
            ["Chat", c.source],
            ["Started", dateTime(c.startedAt, timeZone)],
            ["Ended", c.endedAt ? dateTime(c.endedAt, timeZone) : ""],
            ["Topic", c.category ?? ""],
            ["Name given", c.visitor.name ?? ""],
            ["E-mail given", c.visitor.email ?? ""],
            ["Phone given", c.visitor.phone ?? ""],
          ].filter(([, v]) => v);
          const messages = c.messages
            .map((m) => `<div class="msg ${m.author}"><div class="who">${escapeHtml(m.author === "visitor" ? m.authorName || AUTHOR_LABELS.visitor : AUTHOR_LABELS[m.author])} · <span class="muted">${t(m.sentAt)}</span></div>${escapeHtml(m.text)}</div>`)
            .join("");
          return `<h3>Conversation ${n + 1}</h3>${block({ type: "facts", items: facts.map(([label, text]) => ({ label: label!, text: text! })) })}${messages || "<p>No messages.</p>"}`;
        })
        .join("")
    : "<p>We hold no chat conversations with you.</p>";
  // Someone else wrote there: authors by role only, never "You".
  const extracts = (pkg.extracts ?? [])
    .map((x, n) => {
      const messages = x.messages
        .map((m) => `<div class="msg"><div class="who">${escapeHtml(m.author === "visitor" ? "Another visitor" : AUTHOR_LABELS[m.author])} · <span class="muted">${t(m.sentAt)}</span></div>${escapeHtml(m.text)}</div>`)
        .join("");
      return `<h3>Extract ${n + 1}</h3><p class="muted">${escapeHtml(x.source)}, ${t(x.startedAt)}</p>${messages}`;
    })
    .join("");
  const findings = pkg.findings.length
    ? `<table><thead><tr><th>Kind of data</th><th>In the message of</th></tr></thead><tbody>${pkg.findings
        .map((f) => `<tr><td>${escapeHtml(f.label)}</td><td>${t(f.messageSentAt)}</td></tr>`)
        .join("")}</tbody></table>`
    : "<p>None.</p>";
  const information = pkg.information.map((s) => `<h3>${escapeHtml(s.heading)}</h3>${s.blocks.map(block).join("")}`).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="muted">Answer to request ${escapeHtml(pkg.request.reference)} (${escapeHtml(pkg.request.type === "portability" ? "data portability, Art. 20 GDPR" : "access, Art. 15 GDPR")}), received ${t(pkg.request.receivedAt)}. Prepared ${t(pkg.generatedAt)}.</p>
<p class="note">${escapeHtml(pkg.redactionNote)}</p>
<h2>About you</h2>${pkg.person.name ? `<p>Name given in the request: ${escapeHtml(pkg.person.name)}</p>` : ""}${identifiers}
<h2>Your conversations</h2>${conversations}
${extracts ? `<h2>Where others mention you</h2><p>Messages from other people's conversations that mention your details; the rest of those conversations is theirs.</p>${extracts}` : ""}
<h2>Personal data found in the messages</h2>${findings}
<h2>How we use your data</h2>${information}
</body></html>
`;
}
