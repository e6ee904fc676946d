/** How a verdict travels: share links for its address, and the code that embeds its card elsewhere. */

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) + "…" : text);

/** The iframe code a newsroom pastes to show this verdict's card on its own site (the only framable route). */
export function embedCode(embedUrl: string, quote: string): string {
  const escape = (v: string) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<iframe src="${escape(embedUrl)}" title="${escape(`Fact-check: ${clip(quote, 80)}`)}" width="100%" height="280" style="border:0;max-width:640px" loading="lazy"></iframe>`;
}

/** Links that open a share of the verdict's address on common networks, and by e-mail. */
export function shareLinks({ url, quote, rating }: { url: string; quote: string; rating: string }) {
  const text = `“${clip(quote, 120)}”: ${rating}`;
  return [
    { name: "X", href: `https://x.com/intent/post?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}` },
    { name: "E-mail", href: `mailto:?subject=${encodeURIComponent(`Fact-check: ${rating}`)}&body=${encodeURIComponent(`${text}\n${url}`)}` },
  ];
}
