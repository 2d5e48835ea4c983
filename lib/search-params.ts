// What Next.js hands a page as `searchParams`: a parameter given twice arrives as an array.

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The first value of a URL parameter: when the URL carries a name twice, the first one counts, as in a
 * form with one control per name. The second signature serves zod preprocessors, which see `unknown`.
 */
export function first(value: string | readonly string[] | undefined): string | undefined;
export function first(value: unknown): unknown;
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** Every parameter reduced to its first value, for schemas that parse the whole query at once. */
export function firstValues(raw: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)]));
}
