/**
 * What reading an article remembers about who spoke, passed from one part of a long article to the next.
 * A module of its own, without the language model, so that the request thread (lib/intake/pool.ts) can
 * make an empty one without loading compromise and the intake rules (lib/intake/speakers.ts reads it).
 */
export type SpeakerContext = {
  /** The last named speaker, for "he", "she" and "the official". */
  last: string | null;
  /** Full names met so far, for a surname alone ("Carpenter" is Michael Carpenter). */
  names: string[];
  /** The last organisation that spoke, for "the agency" and "the report". */
  lastOrganisation?: string | null;
  /** Who "the journal" or "the charity" is: the name met as "the journal Annals of Ageing Research". */
  kinds?: Record<string, string>;
  /** The organisation a sentence opens with ("Nordvik Air cancelled …"), for "the airline said" and "its report" in it. */
  subject?: string | null;
  /** The last company a sentence opened with or that spoke, for "the company said" and "a company spokeswoman" later on. */
  lastCompany?: string | null;
  /** A person met before who opens the sentence as its subject ("Lobo rejected …"), and the one before's. */
  opener?: string | null;
  previousOpener?: string | null;
  /** Genders the article's own words give ("spokeswoman Hanne Strand"), for first names the lexicon lacks. */
  genders?: Record<string, "male" | "female">;
  /** Who holds an office the article named them by ("Governor Miriam Holt"), for "the governor said". */
  roles?: Record<string, string>;
  /** Records a body was said to publish or file ("a charge sheet filed by X"), by their words: what "the charge sheet" is. */
  records?: Record<string, string>;
  /** In a question-and-answer interview, who answers: the lines after a question are theirs. */
  interviewee?: string | null;
  /** Whether the lines being read answer a question of the interview. */
  answering?: boolean;
};

export const newSpeakerContext = (last: string | null = null, names: string[] = []): SpeakerContext => ({ last, names: [...names] });
