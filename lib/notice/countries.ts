const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** "US" → "United States"; an unknown code is shown as it was recorded. */
export function countryName(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  try {
    return names.of(upper) ?? upper;
  } catch {
    return upper;
  }
}
