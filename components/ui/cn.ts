// Joins class names, skipping empty ones; enough for this app without a dependency.
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}
