/**
 * How claimant names compare: "Michael  Carpenter" and "michael carpenter" name the same person.
 * The key is what the database keeps unique (Claimant.key, ClaimantAlias.key); the name as typed,
 * tidied, is what people read.
 */
export function tidyName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, " ").trim();
}

export function claimantKey(name: string): string {
  return tidyName(name).toLocaleLowerCase("en");
}

/** The names a claimant answers to, for matching as you type: its name first, then its aliases. */
export function matchesClaimant(query: string, names: string[]): boolean {
  const q = claimantKey(query);
  return q.length > 0 && names.some((n) => claimantKey(n).includes(q));
}
