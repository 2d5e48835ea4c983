// The personal-data detector: pure, synchronous, no I/O. Run on every chat message at ingest.
export type { PiiMatch, PiiType } from "./types";
export { detectPersonalData, type DetectOptions } from "./detect";
export { PII_MASK_PLACEHOLDERS, PII_SUBTYPE_LABELS, PII_TYPE_LABELS, PII_TYPES, piiMatchLabel } from "./labels";
export { maskText, shiftOffset, type MaskResult, type MaskShift, type MaskSpan } from "./mask";
export { normaliseEmail, normalisePhone, type CountryCode } from "./normalise";
export type { SpecialCategory } from "./special-category-words";
