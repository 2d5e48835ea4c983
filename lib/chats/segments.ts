export interface SegmentFinding {
  id: number;
  start: number;
  end: number;
}

export interface TextSegment<F extends SegmentFinding> {
  text: string;
  start: number;
  /** The findings covering this piece of text, earliest first; empty for plain text. */
  findings: F[];
}

/**
 * Cuts a message into pieces at every finding boundary, so each piece is either plain text or covered by
 * one or more findings (overlapping findings share the pieces they both cover). Offsets are UTF-16, as
 * stored; spans that do not fit the text are ignored rather than cutting it wrongly.
 */
export function segmentText<F extends SegmentFinding>(text: string, findings: readonly F[]): Array<TextSegment<F>> {
  const usable = findings
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  if (usable.length === 0) return text ? [{ text, start: 0, findings: [] }] : [];
  const cuts = new Set<number>([0, text.length]);
  for (const f of usable) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Array<TextSegment<F>> = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = usable.filter((f) => f.start <= start && f.end >= end);
    const prev = segments.at(-1);
    // Neighbouring pieces covered by exactly the same findings are one mark, not two.
    if (prev && sameFindings(prev.findings, covering)) {
      prev.text += text.slice(start, end);
    } else {
      segments.push({ text: text.slice(start, end), start, findings: covering });
    }
  }
  return segments;
}

function sameFindings(a: readonly SegmentFinding[], b: readonly SegmentFinding[]) {
  return a.length === b.length && a.every((f, i) => f.id === b[i]!.id);
}

/** A short stretch of text around a span, for the review queue: before, the match itself, after. */
export function snippetAround(text: string, start: number, end: number, context = 40) {
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Never cut a surrogate pair (an emoji) in half.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
