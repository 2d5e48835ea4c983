// Versions are positive integers; anything else in the URL cannot exist, so it is a 404 like an unknown number.
const VERSION = /^[1-9]\d{0,8}$/;

export function parseVersionParam(value: string): number | null {
  return VERSION.test(value) ? Number(value) : null;
}
