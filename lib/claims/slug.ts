/** A readable, stable public slug: the claim's first words plus a short piece of its id. */
export function claimSlug(quote: string, claimId: string): string {
  const words = quote
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, 8);
  const tail = claimId
    .replace(/[^a-z0-9]/gi, "")
    .slice(-6)
    .toLowerCase();
  // Scripts without a Latin transliteration leave no words: fall back to a generic stem.
  return [...(words.length > 0 ? words : ["claim"]), tail].filter(Boolean).join("-");
}
