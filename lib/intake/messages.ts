/** Shown when scoring an article ran past its time budget: the text was saved, without suggestions. */
export const SUGGESTIONS_SKIPPED = "The text was saved, but finding check-worthy sentences took too long and was stopped. Mark the claims by hand in the text.";
