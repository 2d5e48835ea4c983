export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// A short list is enough: length does most of the work, this catches the classics padded to length.
const COMMON = ["password", "123456", "qwerty", "letmein", "welcome", "admin", "iloveyou", "abc123", "dpodesk"];

/** Returns the problems with a candidate password; an empty list means it is acceptable. */
export function passwordProblems(password: string, context: { email?: string; name?: string } = {}): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN) problems.push(`Use at least ${PASSWORD_MIN} characters.`);
  if (password.length > PASSWORD_MAX) problems.push(`Use at most ${PASSWORD_MAX} characters.`);
  if (password.length > 0 && new Set(password).size < 5) problems.push("Use more different characters.");
  const lower = password.toLowerCase();
  if (COMMON.some((c) => lower.includes(c))) problems.push("Avoid common words such as “password”.");
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 3 && lower.includes(local)) problems.push("Do not include your email address.");
  const nameParts = (context.name ?? "").toLowerCase().split(/\s+/).filter((p) => p.length >= 3);
  if (nameParts.some((p) => lower.includes(p))) problems.push("Do not include your name.");
  return problems;
}
