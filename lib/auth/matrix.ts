/**
 * The authorization matrix: every server action (per transition where the rule differs) and every
 * route × {anonymous, reviewer, editor, admin}. tests/e2e/matrix.spec.ts runs every cell against the
 * real server and fails when an action or route exists without a row here.
 */
export const MATRIX_ROLES = ["anonymous", "reviewer", "editor", "admin"] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

const EVERYONE: MatrixRole[] = ["anonymous", "reviewer", "editor", "admin"];
const DESK: MatrixRole[] = ["reviewer", "editor", "admin"];
const EDITORS: MatrixRole[] = ["editor", "admin"];
const ADMINS: MatrixRole[] = ["admin"];
// Only the server itself (a per-process token), never a session.
const NOBODY: MatrixRole[] = [];

export type MatrixRow = { id: string; allowed: MatrixRole[] };

export const ACTION_ROWS: MatrixRow[] = [
  { id: "createClaimAction", allowed: DESK },
  { id: "transitionClaimAction:triage", allowed: DESK },
  { id: "transitionClaimAction:dismiss", allowed: DESK },
  { id: "transitionClaimAction:reopen", allowed: EDITORS },
  { id: "transitionClaimAction:submit", allowed: DESK },
  { id: "transitionClaimAction:approve", allowed: EDITORS },
  { id: "transitionClaimAction:object", allowed: EDITORS },
  { id: "transitionClaimAction:sendBack", allowed: EDITORS },
  { id: "transitionClaimAction:publish", allowed: EDITORS },
  { id: "transitionClaimAction:unpublish", allowed: EDITORS },
  { id: "transitionClaimAction:rework", allowed: EDITORS },
  { id: "assignClaimAction:other", allowed: EDITORS },
  { id: "assignClaimAction:self", allowed: DESK },
  { id: "assignClaimAction:selfScheduled", allowed: EDITORS },
  { id: "markNotificationReadAction", allowed: DESK },
  { id: "markAllNotificationsReadAction", allowed: DESK },
  { id: "updatePresenceAction", allowed: DESK },
  { id: "addSourceAction", allowed: DESK },
  { id: "addEvidenceAction", allowed: DESK },
  { id: "editSourceAction", allowed: DESK },
  { id: "removeSourceAction", allowed: DESK },
  { id: "editEvidenceAction", allowed: DESK },
  { id: "removeEvidenceAction", allowed: DESK },
  { id: "saveVerdictAction", allowed: DESK },
  { id: "addCommentAction", allowed: DESK },
  { id: "correctVerdictAction", allowed: EDITORS },
  { id: "recheckVerdictAction", allowed: EDITORS },
  { id: "withholdSourceAction", allowed: EDITORS },
  { id: "suggestClaimsAction", allowed: DESK },
  { id: "acceptSuggestionAction", allowed: DESK },
  { id: "dismissSuggestionAction", allowed: DESK },
  { id: "replaceArticleTextAction", allowed: DESK },
  { id: "linkClaimsAction", allowed: DESK },
  // Reuse adds an appearance to a published fact-check (its public record): an editor's step.
  { id: "reuseVerdictAction", allowed: EDITORS },
  { id: "requestReuseAction", allowed: DESK },
  { id: "createUserAction", allowed: ADMINS },
  { id: "setUserDisabledAction", allowed: ADMINS },
  { id: "signOutEverywhereAction", allowed: ADMINS },
  { id: "setUserRoleAction", allowed: ADMINS },
  { id: "setUserNameAction", allowed: ADMINS },
  { id: "setDisplayNameAction", allowed: DESK },
  // Aliases and merges refile every claim of a claimant (and rename published verdicts' claimants).
  { id: "addClaimantAliasAction", allowed: EDITORS },
  { id: "removeClaimantAliasAction", allowed: EDITORS },
  { id: "mergeClaimantsAction", allowed: EDITORS },
  // Readers' questions: the desk makes a claim of one, or dismisses it.
  { id: "acceptTipAction", allowed: DESK },
  { id: "dismissTipAction", allowed: DESK },
  // An admin resets someone else's password; anyone changes their own (with the current one).
  { id: "changePasswordAction:other", allowed: ADMINS },
  { id: "changePasswordAction:own", allowed: DESK },
  { id: "updateSettingsAction", allowed: ADMINS },
  // The first admin, through a one-time setup link: only while no account exists, so never on a desk
  // with accounts — refused (FORBIDDEN) for every role, whatever the token.
  { id: "createFirstAdminAction", allowed: NOBODY },
];

export const ROUTE_ROWS: MatrixRow[] = [
  // Public pages and documents
  { id: "GET /", allowed: EVERYONE },
  { id: "GET /claims", allowed: EVERYONE },
  { id: "GET /claims/[slug]", allowed: EVERYONE },
  { id: "GET /claims/search", allowed: EVERYONE },
  { id: "GET /methodology", allowed: EVERYONE },
  { id: "GET /signin", allowed: EVERYONE },
  // Readers ask us to check a claim: no account, a proof of work and a per-address limit instead.
  { id: "GET /tips", allowed: EVERYONE },
  { id: "GET /api/v1/tips/challenge", allowed: EVERYONE },
  { id: "POST /api/v1/tips", allowed: EVERYONE },
  // Open to anyone; shows the form only for a valid token while no account exists (else a 200 notice).
  { id: "GET /setup/[token]", allowed: EVERYONE },
  { id: "GET /embed/claims/[slug]", allowed: EVERYONE },
  // A withdrawn verdict's notice, rendered by scripts/serve.mjs at its old address with 410; asked for
  // directly, these redirect to that address.
  { id: "GET /withdrawn/[slug]", allowed: EVERYONE },
  { id: "GET /embed/withdrawn/[slug]", allowed: EVERYONE },
  // The card of an address that is no published verdict's, rendered the same way with 404; asked for
  // directly, it redirects to the published verdicts.
  { id: "GET /embed/missing", allowed: EVERYONE },
  { id: "GET /claims/[slug]/badge.svg", allowed: EVERYONE },
  { id: "GET /claims/[slug]/opengraph-image", allowed: EVERYONE },
  { id: "GET /claims/[slug]/twitter-image", allowed: EVERYONE },
  { id: "GET /opengraph-image", allowed: EVERYONE },
  { id: "GET /twitter-image", allowed: EVERYONE },
  { id: "GET /feed.xml", allowed: EVERYONE },
  { id: "GET /sitemap.xml", allowed: EVERYONE },
  { id: "GET /sitemaps/[part]", allowed: EVERYONE },
  { id: "GET /robots.txt", allowed: EVERYONE },
  { id: "GET /api/v1/claim-reviews", allowed: EVERYONE },
  { id: "GET /api/v1/claim-reviews/markup-pages", allowed: EVERYONE },
  // Public, but drafts are included only for a session (checked separately).
  { id: "GET /api/v1/articles/[id]/annotations", allowed: EVERYONE },
  { id: "GET /api/health", allowed: EVERYONE },
  { id: "POST /api/internal/revalidate", allowed: NOBODY },
  { id: "GET /api/auth/[...nextauth]", allowed: EVERYONE },
  { id: "POST /api/auth/[...nextauth]", allowed: EVERYONE },
  // The desk
  { id: "GET /desk", allowed: DESK },
  { id: "GET /desk/articles", allowed: DESK },
  { id: "GET /desk/articles/new", allowed: DESK },
  { id: "GET /desk/articles/[id]", allowed: DESK },
  { id: "GET /desk/claims/[id]", allowed: DESK },
  // Server-sent events of one open claim page (the matrix reads the status and closes the stream).
  { id: "GET /api/live/claims/[id]", allowed: DESK },
  { id: "HEAD /api/live/claims/[id]", allowed: DESK },
  { id: "GET /desk/search", allowed: DESK },
  { id: "GET /desk/claimants", allowed: DESK },
  { id: "GET /desk/tips", allowed: DESK },
  // What a fact-checker finds to link a repeat by hand (claims and their verdicts' ratings).
  { id: "GET /api/claims/search", allowed: DESK },
  { id: "GET /desk/my-work", allowed: DESK },
  { id: "GET /desk/inbox", allowed: DESK },
  { id: "GET /api/export/[kind]", allowed: EDITORS },
  { id: "GET /desk/dashboard", allowed: EDITORS },
  { id: "GET /desk/claimants/[name]", allowed: DESK },
  // What a claimant field offers as one types (names and aliases of the desk's claimants).
  { id: "GET /api/claimants", allowed: DESK },
  { id: "GET /desk/tracked/[id]", allowed: DESK },
  { id: "GET /desk/admin/users", allowed: ADMINS },
  { id: "GET /desk/account", allowed: DESK },
  { id: "GET /desk/admin/settings", allowed: ADMINS },
  { id: "POST /api/articles/import", allowed: DESK },
  // A queued import's progress, for its own author only (another person's job is "not found").
  { id: "GET /api/articles/import/jobs/[id]", allowed: DESK },
  { id: "GET /api/audit/export", allowed: EDITORS },
];
