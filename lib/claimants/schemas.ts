import { z } from "zod";
import { id, pageParam, queryText, requiredText, version } from "../validation";

/** An alias the claimant is also known by ("Carpenter" for "Michael Carpenter, White House NSC"). */
export const addAliasSchema = z.object({
  claimantId: id("Claimant"),
  version,
  alias: requiredText(200, "Alias", 2),
});
export type AddAliasInput = z.input<typeof addAliasSchema>;

export const removeAliasSchema = z.object({
  claimantId: id("Claimant"),
  version,
  aliasId: id("Alias"),
});
export type RemoveAliasInput = z.input<typeof removeAliasSchema>;

/** Merge a duplicate into the claimant it duplicates: both at the versions the editor saw. */
export const mergeClaimantsSchema = z
  .object({
    claimantId: id("Claimant"),
    version,
    into: requiredText(200, "Merge into", 2),
  })
  .strict();
export type MergeClaimantsInput = z.input<typeof mergeClaimantsSchema>;

/** What the claimant field sends while a person types (GET /api/claimants?q=). */
export const claimantLookupSchema = z.object({ q: queryText(200) });

/** The claimants list's address: a page and, optionally, words a name or an alias holds. */
export const claimantListQuerySchema = z.object({
  page: pageParam(),
  q: queryText(200),
});
export type ClaimantListQuery = z.output<typeof claimantListQuerySchema>;

/** A claimant page's address: which page of its claims. */
export const claimantPageQuerySchema = z.object({ page: pageParam() });
