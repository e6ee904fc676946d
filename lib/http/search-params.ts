/** A page's URL parameters, the first value of each (`?q=a&q=b` reads as "a"), for its query schema. */
export function firstValues(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
