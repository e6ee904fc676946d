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
