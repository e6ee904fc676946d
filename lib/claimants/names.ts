/**
 * How claimant names compare: "Michael  Carpenter" and "michael carpenter" name the same person.
 * The key is what the database keeps unique (Claimant.key, ClaimantAlias.key); the name as typed,
 * tidied, is what people read.
 */
export function tidyName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/** The same key with a leading "the" added or taken away: "the regulator" and "regulator" may each be what a desk keeps. */
export const otherArticleForm = (key: string) => (/^the\s/.test(key) ? key.slice(4) : `the ${key}`);

export function claimantKey(name: string): string {
  return tidyName(name).toLocaleLowerCase("en");
}
