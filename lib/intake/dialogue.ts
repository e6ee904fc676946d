import { read } from "./nlp";
import { claimantKey } from "../claimants/names";
import { bodyLines, type Line } from "./layout";

/**
 * How an article's lines speak before its sentences are read: a transcript ("Ruiz: We issued 1,240 permits."),
 * whose labelled lines are each their speaker's, or a question-and-answer interview, whose answers are the
 * interviewee's. lib/intake/checkworthiness.ts reads the sentences with what this finds.
 */
export type DialogueContext = { names: string[]; outlet: string | null; interviewee?: string | null; atStart: boolean };

// "Why did the panel stop working?" on a line of its own; "Only 58 percent of your flights left on time. What went
// wrong?", a question after a sentence or two that put it.
const QUESTION_LINE = /^[^.!?“”"]{8,200}\?$/u;
// (A premise's full stop is followed by one space and a word, so the pattern cannot try every split of a run of spaces.)
const PREMISE_THEN_QUESTION = /^(?:[^.!?“”"]{2,200}[.!]\s(?!\s)){1,2}[^.!?“”"]{8,200}\?$/u;
/** Who an answer labelled "A:" is by, when the article has not named the interviewee yet: its reader decides. */
export const ANSWERER = "\u0000answerer";
const RETOLD = /[“”"]|\b(?:said|says|added|according to)\b/;
export const INTERVIEW_CUE =
  /\b(?:interview(?:ed)?|asked (?:her|him|them)|(?:spoke|talked) (?:to|with)|sat down with|edited for (?:length|clarity)|condensed)\b/i;
// The outlet's own label in a transcript ("Harbour Courier:" in The Harbour Courier).
// With or without "The" on either side: "The Sunday Ledger:" in The Sunday Ledger.
const withoutThe = (name: string) => claimantKey(name.replace(/^The\s+/i, ""));
const outletLabel = (label: string, ctx: DialogueContext) => !!ctx.outlet && withoutThe(label) === withoutThe(ctx.outlet);
// A label that names a person: one the article named, a name compromise knows, or "Q", "A" and the like.
const PERSON_LIKE = (label: string, ctx: DialogueContext, text: string) =>
  /^(?:Q|A|Question|Answer|Interviewer)$/i.test(label) ||
  outletLabel(label, ctx) ||
  ctx.names.some((n) => n === label || n.split(/\s+/).at(-1) === label.split(/\s+/).at(-1)) ||
  // "Ruiz:" after "Ana Ruiz" in the introduction.
  new RegExp(`\\p{Lu}[\\p{L}'’-]+\\s+${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(text) ||
  read(label).has("#Person");
// "Ruiz:", "Mayor Ana Ruiz:", "Q:" at the start of a line.
const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(?=\S)/u;
const NOT_A_SPEAKER =
  /^(?:Photo|Picture|Caption|Source|Sources|Read|Note|Update|Correction|Editor|Editors|Related|Watch|Listen|Video|Credit|Credits|Warning|Disclaimer|Clarification|UPDATE|NOTE)\b/;

/**
 * The article's body lines (a transcript's with their labels cut off), who each labelled line is by (null for
 * the outlet's own questions), which lines are questions standing alone, and whether the article is an
 * interview printed as questions and answers.
 */
export function readDialogue(
  text: string,
  ctx: DialogueContext,
): { lines: Line[]; labels: Map<number, string | null>; questions: Set<number>; interview: boolean } {
  // A transcript: lines opening with who speaks ("Ruiz: We issued 1,240 permits."). The name is no part of
  // the claim, and what follows is that speaker's; the outlet's own label, "Q" or "Question", is the outlet's.
  const labelled = bodyLines(text, ctx.atStart).map((l) => ({ ...l, label: SPEAKER_LABEL.exec(text.slice(l.start, l.end))?.[1] ?? null }));
  // Speakers' names, one of them on two lines at least: "Background:" and "Key facts:" are layout, "LATEST:" a bulletin's.
  const speaking = labelled
    .map((l) => l.label)
    .filter((l): l is string => !!l && !NOT_A_SPEAKER.test(l) && !/^[\p{Lu}\s]{3,}$/u.test(l) && PERSON_LIKE(l, ctx, text));
  const transcript = new Set(speaking).size >= 2 && speaking.some((l, i) => speaking.indexOf(l) !== i);
  const labels = new Map<number, string | null>();
  const lines = labelled.map(({ label, ...l }) => {
    if (!transcript || !label || !speaking.includes(label)) return l;
    const start = l.start + (SPEAKER_LABEL.exec(text.slice(l.start, l.end))?.[0].length ?? 0);
    labels.set(
      start,
      /^(?:Q|Question|Interviewer)$/i.test(label) || outletLabel(label, ctx) ? null : /^(?:A|Answer)$/i.test(label) ? (ctx.interviewee ?? ANSWERER) : label,
    );
    return { ...l, start };
  });
  // A question-and-answer interview: questions standing alone as lines, each followed by its answer.
  const asks = (l: Line) => QUESTION_LINE.test(text.slice(l.start, l.end).trim());
  // A line that puts a premise and then asks is a question when an answer follows it; an answer that ends by asking
  // ("… Which hospital could have avoided that?") is followed by the next question instead.
  const premised = (l: Line, i: number) =>
    PREMISE_THEN_QUESTION.test(text.slice(l.start, l.end).trim()) && i + 1 < lines.length && !asks(lines[i + 1]) && !(i > 0 && asks(lines[i - 1]));
  const questions = new Set(lines.filter((l, i) => asks(l) || premised(l, i)).map((l) => l.start));
  // Answers printed as said, not retold: "Haddad said" and quotation marks in most answers make a report
  // of an interview, whose unattributed sentences are the outlet's.
  const answers = lines.filter((l, i) => !questions.has(l.start) && lines.slice(0, i).some((q) => questions.has(q.start)));
  const retold = answers.filter((l) => RETOLD.test(text.slice(l.start, l.end))).length;
  // Only an article that says it is an interview: question subheads ("What comes next for rates?") make none.
  const interview =
    !transcript && ((questions.size >= 2 && INTERVIEW_CUE.test(text)) || (questions.size > 0 && !!ctx.interviewee)) && retold * 3 <= answers.length;
  return { lines, labels, questions, interview };
}
