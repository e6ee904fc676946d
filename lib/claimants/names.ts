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

/**
 * Other ways of writing the name a key holds, in the order they are tried: with or without "the", and without a
 * possessive inside it ("national assembly's health committee" is what a desk keeps as "national assembly health
 * committee"). A possessive at the end ("smith's") is no name of its own and is left alone.
 */
export function otherNameForms(key: string): string[] {
  const plain = key.replace(/(\S)['’]s\s+(?=\S)/g, "$1 ");
  const forms = [otherArticleForm(key), ...(plain === key ? [] : [plain, otherArticleForm(plain)])];
  return [...new Set(forms)].filter((form) => form !== key);
}

export function claimantKey(name: string): string {
  return tidyName(name).toLocaleLowerCase("en");
}
