export interface MaskSpan {
  start: number;
  end: number;
  placeholder: string;
}

// A replacement at original offset `at` changed the length by `delta`: any stored offset >= the span's end moves by
// delta (see shiftOffset).
export interface MaskShift {
  at: number;
  delta: number;
}

export interface MaskResult {
  text: string;
  shifts: MaskShift[];
}

// Replaces the spans (UTF-16 offsets into `text`) by their placeholders. Spans may come in any order but must not
// overlap; an overlap or an out-of-range span is a caller bug, so it throws instead of guessing which text to keep.
// `shifts` lists, in ascending `at` order, where each replacement ended in the ORIGINAL text and how much it
// changed the length, so the offsets of other findings stored against the old text can be moved with shiftOffset.
export function maskText(text: string, spans: ReadonlyArray<MaskSpan>): MaskResult {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const shifts: MaskShift[] = [];
  let cursor = 0;
  for (const span of sorted) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length) {
      throw new RangeError(`mask span ${span.start}-${span.end} is outside the text`);
    }
    if (span.end < span.start) throw new RangeError(`mask span ${span.start}-${span.end} ends before it starts`);
    if (span.start < cursor) throw new RangeError(`mask span ${span.start}-${span.end} overlaps the previous span`);
    parts.push(text.slice(cursor, span.start), span.placeholder);
    const delta = span.placeholder.length - (span.end - span.start);
    if (delta !== 0) shifts.push({ at: span.end, delta });
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(""), shifts };
}

// Moves an offset in the original text to the masked text. Offsets inside a masked span are not meaningful any
// more; callers should have dropped those findings (they are the masked ones or overlapped them).
export function shiftOffset(offset: number, shifts: ReadonlyArray<MaskShift>): number {
  let moved = offset;
  for (const shift of shifts) {
    if (shift.at > offset) break;
    moved += shift.delta;
  }
  return moved;
}
