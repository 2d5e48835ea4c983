// Field sizes, shared by the forms (maxLength) and their server-side checks.
export const LIMITS = { name: 200, email: 254, phone: 40, details: 5000, note: 5000, reason: 2000, subject: 300, body: 20_000 } as const;
