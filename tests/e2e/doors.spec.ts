import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { MATRIX_ROLES, ROUTE_ROWS, type MatrixRole } from "../../lib/auth/matrix";
import { deniedMessage } from "../../lib/auth/permissions";
import { signIn, USERS } from "./helpers";
import { cast, claimAt } from "./matrix-fixtures";
import { plantCanaries, type Canaries } from "./canaries";
import { pageRoutes, type PageRoute } from "./routes";

/**
 * Every door the framework opens onto a page: the full document, the RSC payload the router asks for
 * when it moves between pages (its router state tree saying which layouts the browser already holds,
 * so that those layouts do not run again), and the prefetches. Each page × each of those request
 * kinds × each role. A refused request must carry none of the planted canaries; an allowed one must
 * show them where the page is about them (so that the URL really reaches the data).
 */

type Kind = "document" | `rsc@${number}` | "prefetch" | "segment-prefetch";
type Segment = string | [string, string, "d", null];

/**
 * The router state tree of a browser that holds the layouts of the first `depth` segments and some
 * other page below them: the server renders the target from there down, skipping those layouts.
 */
function routerStateTree(segments: Segment[], depth: number): string {
  const node = (i: number): unknown[] => {
    if (i === depth) return ["__factdesk_elsewhere__", { children: ["__PAGE__", {}] }];
    return [segments[i], { children: node(i + 1) }];
  };
  return encodeURIComponent(JSON.stringify(["", { children: node(0) }]));
}

function toSegments(route: PageRoute, url: string): Segment[] {
  const parts = new URL(url, "http://x").pathname.split("/").filter(Boolean);
  let i = 0;
  return route.segments.map((s) => {
    if (s.startsWith("(")) return s;
    const value = decodeURIComponent(parts[i++] ?? "");
    const dynamic = /^\[(.+)\]$/.exec(s);
    return dynamic ? [dynamic[1], value, "d", null] : s;
  });
}

/** GET with the router's headers; Next answers a wrong `_rsc` cache key with a redirect to the right one. */
async function get(request: APIRequestContext, url: string, headers: Record<string, string>): Promise<APIResponse> {
  let response = await request.get(url, { headers, maxRedirects: 0 });
  const location = response.headers()["location"];
  if (response.status() >= 300 && response.status() < 400 && location && new URL(location, "http://x").searchParams.has("_rsc")) {
    response = await request.get(location, { headers, maxRedirects: 0 });
  }
  return response;
}

const REFUSALS = [deniedMessage("user.manage"), deniedMessage("desk.dashboard"), deniedMessage("settings.manage")];
type Outcome = "allowed" | "denied";
async function outcomeOf(response: APIResponse): Promise<{ outcome: Outcome | "error"; body: string }> {
  const status = response.status();
  const body = status < 300 ? await response.text() : "";
  const location = response.headers()["location"] ?? "";
  if (status === 401 || status === 403) return { outcome: "denied", body };
  if (status >= 300 && status < 400) return { outcome: location.includes("/signin") ? "denied" : "allowed", body };
  // An RSC payload carries a redirect as a digest in place of the page.
  if (/NEXT_REDIRECT;[a-z]+;\/signin/.test(body) || REFUSALS.some((m) => body.includes(m))) return { outcome: "denied", body };
  if (status >= 200 && status < 300) return { outcome: "allowed", body };
  return { outcome: "error", body };
}

test("no door of any page shows desk data to a role the page refuses", async ({ browser }) => {
  test.setTimeout(600_000);
  const c = await cast();
  const planted: Canaries = await plantCanaries(c);
  const published = await claimAt(c, "PUBLISHED");

  const requests = {} as Record<MatrixRole, APIRequestContext>;
  for (const role of MATRIX_ROLES) {
    const context = await browser.newContext();
    const email = { anonymous: null, reviewer: USERS.rita, editor: USERS.editor, admin: USERS.admin }[role];
    if (email) await signIn(context, email);
    requests[role] = context.request;
  }

  const w = planted.words;
  // Where each page is about the planted data, and which canaries an allowed role must then see.
  const targets: Record<string, { url: string; shows?: string[] }> = {
    "/desk": { url: "/desk?status=IN_REVIEW", shows: [w.reviewQuote, w.claimant] },
    "/desk/search": { url: `/desk/search?q=${planted.tag}sourcekey&type=source`, shows: [w.source] },
    "/desk/articles": { url: "/desk/articles", shows: [w.article] },
    "/desk/articles/[id]": { url: `/desk/articles/${planted.article.id}`, shows: [w.article, w.draftQuote] },
    "/desk/claims/[id]": { url: `/desk/claims/${planted.draft.id}`, shows: [w.draftVerdict, w.comment, w.source] },
    "/desk/claimants": { url: "/desk/claimants", shows: [w.claimant] },
    "/desk/claimants/[name]": { url: `/desk/claimants/${encodeURIComponent(planted.claimant)}`, shows: [w.claimant, w.reviewQuote] },
    "/desk/tracked/[id]": { url: `/desk/tracked/${planted.trackedClaimId}`, shows: [w.draftQuote, w.reviewQuote] },
    "/claims/[slug]": { url: `/claims/${published.slug}` },
    "/embed/claims/[slug]": { url: `/embed/claims/${published.slug}` },
    "/withdrawn/[slug]": { url: `/withdrawn/${published.slug}` },
    "/embed/withdrawn/[slug]": { url: `/embed/withdrawn/${published.slug}` },
    "/claims/search": { url: `/claims/search?q=${planted.tag}` },
    "/setup/[token]": { url: "/setup/not-a-valid-token" },
  };

  const pageRows = new Set(ROUTE_ROWS.map((r) => r.id));
  const failures: string[] = [];
  let cells = 0;
  for (const route of pageRoutes()) {
    const row = ROUTE_ROWS.find((r) => r.id === `GET ${route.template}`);
    expect(row, `GET ${route.template} has no row in lib/auth/matrix.ts`).toBeTruthy();
    if (!pageRows.has(`GET ${route.template}`)) continue;
    if (route.template.includes("[") && !targets[route.template]) throw new Error(`doors.spec.ts: add a URL for ${route.template}`);
    const target = targets[route.template] ?? { url: route.template };
    const segments = toSegments(route, target.url);
    const kinds: [Kind, Record<string, string>][] = [
      ["document", {}],
      // The browser already holds the root layout, then each layout below it, down to the page's own.
      ...[...segments, null].map((_, depth): [Kind, Record<string, string>] => [
        `rsc@${depth}`,
        { RSC: "1", "Next-Router-State-Tree": routerStateTree(segments, depth) },
      ]),
      ["prefetch", { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-State-Tree": routerStateTree(segments, segments.length) }],
      [
        "segment-prefetch",
        { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree", "Next-Router-State-Tree": routerStateTree(segments, 0) },
      ],
    ];
    for (const role of MATRIX_ROLES) {
      const expected: Outcome = row!.allowed.includes(role) ? "allowed" : "denied";
      for (const [kind, headers] of kinds) {
        cells++;
        const cell = `${target.url} × ${kind} × ${role}`;
        const { outcome, body } = await outcomeOf(await get(requests[role], target.url, headers));
        if (outcome === "error") {
          failures.push(`${cell}: error answer`);
          continue;
        }
        if (expected === "denied" || role === "anonymous") {
          // A payload may echo its own URL (the RSC payload does): a canary in the URL proves nothing.
          const leaked = planted.canaries.filter((canary) => body.includes(canary) && !decodeURIComponent(target.url).includes(canary));
          if (leaked.length) failures.push(`${cell}: leaked ${leaked.join(", ")}`);
        }
        // A prefetch of a dynamic page may carry no content at all, so only its silence is checked.
        if (kind.includes("prefetch")) continue;
        if (outcome !== expected) failures.push(`${cell}: expected ${expected}, got ${outcome}`);
        else if (expected === "allowed" && target.shows && (kind === "document" || kind === `rsc@${segments.length}`)) {
          const missing = target.shows.filter((canary) => !body.includes(canary));
          if (missing.length) failures.push(`${cell}: allowed but does not show ${missing.join(", ")} (the URL misses the data)`);
        }
      }
    }
  }
  // Route handlers, images and badges are doors too: answered as documents, with the router's headers or without.
  const routeUrls: Record<string, string> = {
    "/claims/[slug]/badge.svg": `/claims/${published.slug}/badge.svg`,
    "/sitemaps/[part]": "/sitemaps/0.xml",
    "/api/v1/articles/[id]/annotations": `/api/v1/articles/${planted.article.id}/annotations`,
    "/api/export/[kind]": "/api/export/claims",
    "/api/articles/import/jobs/[id]": "/api/articles/import/jobs/doors-any-job",
    "/api/claimants": `/api/claimants?q=${planted.tag}`,
    "/api/claims/search": `/api/claims/search?q=${planted.tag}`,
  };
  const skipped = new Set(["/api/live/claims/[id]", "/api/auth/[...nextauth]", "/claims/[slug]/opengraph-image", "/claims/[slug]/twitter-image"]);
  const pageTemplates = new Set(pageRoutes().map((r) => r.template));
  for (const row of ROUTE_ROWS) {
    const [method, template] = row.id.split(" ");
    if (method !== "GET" || pageTemplates.has(template) || skipped.has(template)) continue;
    if (template.includes("[") && !routeUrls[template]) throw new Error(`doors.spec.ts: add a URL for ${template}`);
    const url = routeUrls[template] ?? template;
    for (const role of MATRIX_ROLES) {
      if (row.allowed.includes(role) && role !== "anonymous") continue;
      const variants: Record<string, string>[] = [{}, { RSC: "1", "Next-Router-State-Tree": routerStateTree(["(desk)", "desk"], 2) }];
      for (const headers of variants) {
        cells++;
        const response = await get(requests[role], url, headers);
        const body = response.status() < 300 ? await response.text() : "";
        const leaked = planted.canaries.filter((canary) => body.includes(canary));
        if (leaked.length) failures.push(`${url} × ${role}: leaked ${leaked.join(", ")}`);
        if (response.status() >= 500) failures.push(`${url} × ${role}: error answer ${response.status()}`);
      }
    }
  }
  console.log(`doors: ${cells} cells (pages × {document, RSC per held layout, prefetch, segment prefetch} × roles), ${planted.canaries.length} canaries`);
  expect(failures).toEqual([]);
});
