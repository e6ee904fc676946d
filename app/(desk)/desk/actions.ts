"use server";

import { runAccountAction, runAction } from "@/lib/actions/safe-action";
import { addComment, assignClaim, createClaim, transitionClaim } from "@/lib/claims/mutations";
import type { AddCommentInput, AssignClaimInput, CreateClaimInput, TransitionClaimInput } from "@/lib/claims/schemas";
import { addEvidence, addSource, editEvidence, editSource, removeEvidence, removeSource } from "@/lib/sources/mutations";
import type { AddEvidenceInput, AddSourceInput, EditEvidenceInput, EditSourceInput, RemoveEvidenceInput, RemoveSourceInput } from "@/lib/sources/schemas";
import { recheckVerdict, saveVerdictDraft } from "@/lib/verdicts/mutations";
import type { RecheckInput, SaveVerdictInput } from "@/lib/verdicts/schemas";
import { correctVerdict, setSourceWithheld } from "@/lib/publishing/mutations";
import type { CorrectVerdictInput, WithholdSourceInput } from "@/lib/publishing/schemas";
import { revalidatePublicVerdict } from "./revalidate";
import { setDisplayName, type DisplayNameInput } from "@/lib/auth/profile";
import { acceptSuggestion, dismissSuggestion, replaceArticleText, suggestClaims } from "@/lib/intake/mutations";
import type { ReplaceTextInput, SuggestionDecisionInput } from "@/lib/intake/schemas";
import { acceptTip, dismissTip } from "@/lib/tips/mutations";
import type { AcceptTipInput, DismissTipInput } from "@/lib/tips/schemas";
import { linkClaims, requestReuse, reuseVerdict } from "@/lib/tracking/mutations";
import type { LinkClaimInput, ReuseVerdictInput } from "@/lib/tracking/schemas";
import {
  changePassword,
  createUserByAdmin,
  setUserDisabled,
  setUserName,
  setUserRole,
  signOutEverywhere,
  type SetDisabledInput,
  type SignOutEverywhereInput,
} from "@/lib/auth/admin";
import type { ChangePasswordInput, SetNameInput, SetRoleInput } from "@/lib/auth/admin-schemas";
import type { CreateUserInput } from "@/lib/auth/schemas";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mutations";
import type { MarkReadInput } from "@/lib/notifications/schemas";
import { setEditing } from "@/lib/live/presence";
import { updateDeskSettings } from "@/lib/settings/settings";
import type { SettingsInput } from "@/lib/settings/schemas";
import type { PresenceInput } from "@/lib/live/schemas";
import { addClaimantAlias, mergeClaimants, removeClaimantAlias } from "@/lib/claimants/mutations";
import type { AddAliasInput, MergeClaimantsInput, RemoveAliasInput } from "@/lib/claimants/schemas";

// Thin by design: session and error mapping in runAction, validation and permissions in lib/.

export async function createClaimAction(input: CreateClaimInput) {
  return runAction(async (actor) => {
    const claim = await createClaim({ actor, input });
    return { id: claim.id };
  });
}

export async function transitionClaimAction(input: TransitionClaimInput) {
  const result = await runAction(async (actor) => {
    const claim = await transitionClaim({ actor, input });
    return { id: claim.id, status: claim.status, slug: claim.slug };
  });
  // Public pages are cached; any status change of a claim that has a public address refreshes them.
  if (result.ok && result.data.slug) revalidatePublicVerdict(result.data.slug);
  return result;
}

export async function assignClaimAction(input: AssignClaimInput) {
  return runAction(async (actor) => {
    const claim = await assignClaim({ actor, input });
    return { id: claim.id, assigneeId: claim.assigneeId };
  });
}

export async function markNotificationReadAction(input: MarkReadInput) {
  return runAction((actor) => markNotificationRead({ actor, input }));
}

export async function markAllNotificationsReadAction() {
  return runAction((actor) => markAllNotificationsRead({ actor }));
}

export async function updatePresenceAction(input: PresenceInput) {
  return runAction((actor) => setEditing({ actor, input }));
}

export async function addSourceAction(input: AddSourceInput) {
  return runAction(async (actor) => {
    const source = await addSource({ actor, input });
    return { id: source.id };
  });
}

export async function addEvidenceAction(input: AddEvidenceInput) {
  return runAction(async (actor) => {
    const evidence = await addEvidence({ actor, input });
    return { id: evidence.id };
  });
}

export async function editSourceAction(input: EditSourceInput) {
  return runAction(async (actor) => {
    const source = await editSource({ actor, input });
    return { id: source.id };
  });
}

export async function removeSourceAction(input: RemoveSourceInput) {
  return runAction((actor) => removeSource({ actor, input }));
}

export async function editEvidenceAction(input: EditEvidenceInput) {
  return runAction(async (actor) => {
    const evidence = await editEvidence({ actor, input });
    return { id: evidence.id };
  });
}

export async function removeEvidenceAction(input: RemoveEvidenceInput) {
  return runAction((actor) => removeEvidence({ actor, input }));
}

export async function saveVerdictAction(input: SaveVerdictInput) {
  return runAction(async (actor) => {
    const verdict = await saveVerdictDraft({ actor, input });
    return { id: verdict.id, version: verdict.version };
  });
}

export async function addCommentAction(input: AddCommentInput) {
  return runAction(async (actor) => {
    const comment = await addComment({ actor, input });
    return { id: comment.id };
  });
}

export async function correctVerdictAction(input: CorrectVerdictInput) {
  const result = await runAction(async (actor) => {
    const claim = await correctVerdict({ actor, input });
    return { id: claim.id, slug: claim.slug };
  });
  if (result.ok && result.data.slug) revalidatePublicVerdict(result.data.slug);
  return result;
}

export async function recheckVerdictAction(input: RecheckInput) {
  const result = await runAction((actor) => recheckVerdict({ actor, input }));
  // "Valid as of" is on the public page.
  if (result.ok && result.data.slug) revalidatePublicVerdict(result.data.slug);
  return result;
}

export async function withholdSourceAction(input: WithholdSourceInput) {
  const result = await runAction(async (actor) => {
    const { source, slug } = await setSourceWithheld({ actor, input });
    return { id: source.id, withheld: source.withheld, slug };
  });
  if (result.ok && result.data.slug) revalidatePublicVerdict(result.data.slug);
  return result;
}

export async function suggestClaimsAction(input: { articleId: string }) {
  return runAction((actor) => suggestClaims({ actor, input }));
}

export async function acceptSuggestionAction(input: SuggestionDecisionInput) {
  return runAction((actor) => acceptSuggestion({ actor, input }));
}

export async function dismissSuggestionAction(input: SuggestionDecisionInput) {
  return runAction((actor) => dismissSuggestion({ actor, input }));
}

/** A readers' question becomes a claim on the desk (an article holding the question, and a claim of it). */
export async function acceptTipAction(input: AcceptTipInput) {
  return runAction((actor) => acceptTip({ actor, input }));
}

export async function dismissTipAction(input: DismissTipInput) {
  return runAction((actor) => dismissTip({ actor, input }));
}

export async function replaceArticleTextAction(input: ReplaceTextInput) {
  return runAction((actor) => replaceArticleText({ actor, input }));
}

export async function linkClaimsAction(input: LinkClaimInput) {
  return runAction((actor) => linkClaims({ actor, input }));
}

export async function reuseVerdictAction(input: ReuseVerdictInput) {
  const result = await runAction((actor) => reuseVerdict({ actor, input }));
  if (result.ok && result.data.slug) revalidatePublicVerdict(result.data.slug);
  return result;
}

/** A fact-checker's request that an editor reuse a published verdict (nothing public changes). */
export async function requestReuseAction(input: ReuseVerdictInput) {
  return runAction((actor) => requestReuse({ actor, input }));
}

export async function createUserAction(input: CreateUserInput) {
  return runAction((actor) => createUserByAdmin({ actor, input }));
}

export async function updateSettingsAction(input: SettingsInput) {
  return runAction((actor) => updateDeskSettings({ actor, input }));
}

export async function setUserDisabledAction(input: SetDisabledInput) {
  return runAction((actor) => setUserDisabled({ actor, input }));
}

export async function signOutEverywhereAction(input: SignOutEverywhereInput) {
  return runAction((actor) => signOutEverywhere({ actor, input }));
}

export async function setDisplayNameAction(input: DisplayNameInput) {
  const result = await runAction((actor) => setDisplayName({ actor, input }));
  // The byline is on every published verdict this person checked or approved.
  if (result.ok) for (const slug of result.data.slugs) revalidatePublicVerdict(slug);
  return result;
}

export async function setUserNameAction(input: SetNameInput) {
  const result = await runAction((actor) => setUserName({ actor, input }));
  // The name is the byline of the verdicts this person checked or approved, unless they chose another.
  if (result.ok) for (const slug of result.data.slugs) revalidatePublicVerdict(slug);
  return result;
}

export async function setUserRoleAction(input: SetRoleInput) {
  return runAction((actor) => setUserRole({ actor, input }));
}

/** Your own password (with the current one), or an admin's reset of someone else's. Both end the person's sessions. */
export async function changePasswordAction(input: ChangePasswordInput) {
  // Also while the person must choose a new password (an admin reset it): the one thing they may do.
  return runAccountAction((actor) => changePassword({ actor, input }));
}

export async function addClaimantAliasAction(input: AddAliasInput) {
  return runAction(async (actor) => {
    const alias = await addClaimantAlias({ actor, input });
    return { alias: alias.alias };
  });
}

export async function removeClaimantAliasAction(input: RemoveAliasInput) {
  return runAction((actor) => removeClaimantAlias({ actor, input }));
}

export async function mergeClaimantsAction(input: MergeClaimantsInput) {
  const result = await runAction((actor) => mergeClaimants({ actor, input }));
  // A published verdict names its claimant (on the page and in its ClaimReview).
  if (result.ok) for (const slug of result.data.slugs) revalidatePublicVerdict(slug);
  return result;
}
