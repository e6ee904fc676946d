import { z } from "zod";
import { id, optionalHttpUrl, optionalPastDate, optionalText, requiredText, version } from "../validation";

/** Article details, shared by the import form and the import endpoint. The text comes pasted or as a file. */
export const articleMetaSchema = z.object({
  title: requiredText(300, "Title"),
  outlet: requiredText(200, "Outlet"),
  url: optionalHttpUrl("URL"),
  author: optionalText(200, "Author"),
  publishedAt: optionalPastDate("Publication date"),
});

export const importArticleSchema = articleMetaSchema.extend({
  text: z.string().max(1_000_000, "The text is longer than 1 MB; split the article or import a file").optional(),
});
export type ImportArticleInput = z.input<typeof importArticleSchema>;

export const replaceTextSchema = z.object({
  articleId: id("Article"),
  version,
  text: z.string().max(1_000_000, "The text is longer than 1 MB"),
});
export type ReplaceTextInput = z.input<typeof replaceTextSchema>;

export const suggestionDecisionSchema = z.object({
  suggestionId: id("Suggestion"),
  claimant: optionalText(200, "Claimant"),
  claimantType: z.enum(["PERSON", "ORGANIZATION"]).default("PERSON"),
});
export type SuggestionDecisionInput = z.input<typeof suggestionDecisionSchema>;
