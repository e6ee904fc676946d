/**
 * Which lines of a pasted article are its body. A page copied from the web brings its headline,
 * byline, photo captions and "Read also" blocks with it; none of them is a claim the article makes,
 * so intake suggests nothing from them.
 */
export type Line = { start: number; end: number; text: string };

const RELATED = /^(?:read (?:also|more)|also read|see also|related(?: stories| articles)?|more on this(?: story)?|recommended)\b\s*:?/i;
const BULLET = /^(?:[-*•–—]|\d{1,2}[.)])\s+/;
const BYLINE = /^(?:by|from)\s+\p{Lu}/u;
const CAPTION = /^(?:photo|image|picture|caption|video|file photo|pictured|illustration)\b\s*[:|–—-]/i;
// "Kim Jong Un greets Putin in Pyongyang. Photo: Sputnik / Reuters" or "… (AP Photo/Jane Doe)"
const CREDIT = /(?:\b(?:photo|image|picture)s?\s*(?:by|:|\/|credit)|\((?:\p{Lu}+\s+)?photo\b[^)]*\)|\s\/\s*\p{Lu}[\p{L}. ]*$)/iu;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

/** A line that is page furniture, not prose: `first` says whether it opens the whole article. */
function furniture(line: string, first: boolean): boolean {
  const words = line.split(/\s+/).length;
  if (BYLINE.test(line) && words <= 14 && !SENTENCE_END.test(line.replace(/\b\p{Lu}\.$/u, ""))) return true;
  if (CAPTION.test(line) || (CREDIT.test(line) && words <= 40)) return true;
  // Prose ends with a full stop; a headline or subheading does not. The first line is the headline
  // even when it ends with a question mark.
  if (!SENTENCE_END.test(line)) return true;
  return first && words <= 20 && !/[.…]["'”’)]*$/.test(line);
}

/**
 * The body lines of an article, in order. `atStart` is false for a later part of a long text (see
 * lib/intake/pool.ts), whose first line is no headline.
 */
export function bodyLines(text: string, atStart = true): Line[] {
  const out: Line[] = [];
  let related = false;
  for (const [i, line] of lines(text).entries()) {
    if (RELATED.test(line.text)) {
      related = true;
      continue;
    }
    if (related && BULLET.test(line.text)) continue;
    related = false;
    if (furniture(line.text, atStart && i === 0)) continue;
    out.push(line);
  }
  return out;
}
