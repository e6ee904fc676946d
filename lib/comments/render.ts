import LinkifyIt from "linkify-it";
import { mentionedHandles, mentionPattern, trimHandle } from "../notifications/rules";

/** A comment's text in pieces: plain text, web links, and @mentions of desk members. */
export type Piece = { kind: "text"; text: string } | { kind: "link"; text: string; href: string } | { kind: "mention"; text: string };

// Only web addresses become links (http, https and bare www.…, checked below): no mailto:, javascript: or other schemes.
const linkify = new LinkifyIt().set({ fuzzyEmail: false, fuzzyIP: false });

function withMentions(text: string, handles: Set<string>): Piece[] {
  if (handles.size === 0 || !text.includes("@")) return [{ kind: "text", text }];
  const pieces: Piece[] = [];
  let rest = text;
  const pattern = mentionPattern("u");
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    const handle = trimHandle(match[1]);
    const end = match.index + 1 + handle.length;
    if (handles.has(handle.toLowerCase())) {
      if (match.index > 0) pieces.push({ kind: "text", text: rest.slice(0, match.index) });
      pieces.push({ kind: "mention", text: rest.slice(match.index, end) });
    } else {
      pieces.push({ kind: "text", text: rest.slice(0, end) });
    }
    rest = rest.slice(end);
  }
  if (rest) pieces.push({ kind: "text", text: rest });
  return pieces;
}

/**
 * Split a comment for display. Links are http(s) only and are opened by React as attributes (never as
 * HTML); a mention is marked only when it names a member (`handles`, lower-cased).
 */
export function commentPieces(body: string, handles: Iterable<string>): Piece[] {
  const known = new Set([...handles].filter((h) => mentionedHandles(body).includes(h)));
  const pieces: Piece[] = [];
  let at = 0;
  for (const link of linkify.match(body) ?? []) {
    if (!/^https?:\/\//i.test(link.url)) continue;
    if (link.index > at) pieces.push(...withMentions(body.slice(at, link.index), known));
    pieces.push({ kind: "link", text: link.text, href: link.url });
    at = link.lastIndex;
  }
  if (at < body.length) pieces.push(...withMentions(body.slice(at), known));
  return pieces;
}
