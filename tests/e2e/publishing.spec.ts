import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";
import { publishedClaimOnDemo } from "./factories";

const DEMO_PUBLISHED = /Putin and North Korean dictator Kim Jong Un signed/;

/** The bytes of a verdict's Open Graph card, found where a crawler finds it: the page's own metadata. */
async function cardBytes(request: import("@playwright/test").APIRequestContext, slug: string) {
  const html = await (await request.get(`/claims/${slug}`)).text();
  const url = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1].replace(/&amp;/g, "&"));
  const png = await request.get(url.pathname + url.search);
  expect(png.status()).toBe(200);
  return { path: url.pathname + url.search, bytes: await png.body() };
}

/** What the sitemap lists, read as a crawler reads it: the index at /sitemap.xml, then each of its parts. */
async function sitemapText(request: import("@playwright/test").APIRequestContext) {
  const index = await request.get("/sitemap.xml");
  expect(index.headers()["content-type"]).toContain("application/xml");
  const parts = [...(await index.text()).matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => new URL(m[1].replace(/&amp;/g, "&")).pathname);
  expect(parts[0]).toBe("/sitemaps/0.xml");
  let text = "";
  for (const part of parts) {
    const answer = await request.get(part);
    expect(answer.status()).toBe(200);
    text += await answer.text();
  }
  return text;
}

async function demoVerdictPath(request: import("@playwright/test").APIRequestContext) {
  const html = await (await request.get("/claims")).text();
  const match = /href="(\/claims\/putin-and-north-korean[^"]+)"/.exec(html);
  expect(match).not.toBeNull();
  return match![1];
}

test("the public verdict page carries one complete ClaimReview in JSON-LD", async ({ page, request }) => {
  const path = await demoVerdictPath(request);
  await page.goto(path);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const review = JSON.parse(blocks[0]);
  const base = new URL(page.url()).origin;
  expect(review["@context"]).toBe("https://schema.org");
  expect(review["@type"]).toBe("ClaimReview");
  expect(review.url).toBe(`${base}${path}`);
  expect(review.claimReviewed).toMatch(DEMO_PUBLISHED);
  expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(review.author).toEqual({ "@type": "Organization", name: "Factdesk", url: base });
  expect(review.reviewRating).toEqual({
    "@type": "Rating",
    ratingValue: 6,
    bestRating: 6,
    worstRating: 1,
    alternateName: "True",
    ratingExplanation: await page.getByTestId("public-summary").innerText(),
  });
  expect(review.itemReviewed["@type"]).toBe("Claim");
  expect(review.itemReviewed.author).toEqual({ "@type": "Organization", name: "The article (demo news report)" });
  expect(review.itemReviewed.datePublished).toBe("2024-06-19");
  expect(review.itemReviewed.appearance).toMatchObject({ "@type": "CreativeWork", headline: expect.stringMatching(/Putin’s North Korea visit/) });
  expect(review).not.toHaveProperty("dateModified");

  // Social cards: Open Graph and Twitter, with a generated image.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Fact-check: “?Putin and North Korean dictator/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const png = await request.get(new URL(image!).pathname + new URL(image!).search);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("an editor corrects a published verdict and a reader sees the note and the earlier version", async ({ browser, request }) => {
  const claim = await publishedClaimOnDemo("Kim Jong Un in Pyongyang");
  // Read once before the correction, so that the badge and the card are in the server's cache.
  expect(await (await request.get(`/claims/${claim.slug}/badge.svg`)).text()).toContain("Unverifiable");
  const cardBefore = await cardBytes(request, claim.slug!);
  const editorContext = await browser.newContext();
  await signIn(editorContext, USERS.editor);
  const desk = await editorContext.newPage();
  await desk.goto(`/desk/claims/${claim.id}`);
  await desk.getByRole("button", { name: "Correct the published verdict" }).click();
  const form = desk.getByRole("form", { name: "Correction" });
  await form.getByRole("button", { name: "Publish correction" }).click();
  await expect(form.getByTestId("error-note")).toContainText("Correction note is required");
  await form.getByLabel("Rating").selectOption("MIXED");
  await form.getByLabel("One-line summary").fill("The meeting took place in Pyongyang; its purpose is a matter of interpretation.");
  await form.getByLabel("Correction note (shown to readers)").fill("We first rated this unverifiable; the location of the meeting is confirmed.");
  await form.getByRole("button", { name: "Publish correction" }).click();
  await expect(desk.getByText("Correction published.")).toBeVisible();
  // The badge and the social card are revalidated with the page: none still shows the old rating. (The
  // framework records the revalidation as the action ends; under load its answer can reach the browser a
  // moment before that, so the check allows a few seconds. Without revalidation they would stay for an hour.)
  await expect.poll(async () => (await request.get(`/claims/${claim.slug}/badge.svg`)).text(), { timeout: 5_000 }).toContain("Mixed");
  await expect
    .poll(async () => (await cardBytes(request, claim.slug!)).bytes.equals(cardBefore.bytes), {
      message: "the card still shows the old rating",
      timeout: 5_000,
    })
    .toBe(false);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/claims/${claim.slug}`);
  await expect(reader.getByTestId("correction-note")).toContainText(/Corrected on \d{1,2} \w+ \d{4}: We first rated this unverifiable/);
  await expect(reader.getByTestId("rating-badge").first()).toHaveText("Mixed");
  const earlier = reader.getByTestId("earlier-versions");
  await expect(earlier).toContainText("Version 1, published");
  await expect(earlier).toContainText("rated Unverifiable");
  await expect(earlier).toContainText("A forecast that cannot be checked yet.");
  const review = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
  expect(review.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(review.reviewRating).toMatchObject({ ratingValue: 4, alternateName: "Mixed" });
  await editorContext.close();
});

test("an unpublished verdict answers 410 with its reason and leaves feed, sitemap and API", async ({ browser, request }) => {
  const claim = await publishedClaimOnDemo("the pomp and circumstance reflecting the totalitarian nature");
  expect(await (await request.get("/feed.xml")).text()).toContain(`/claims/${claim.slug}`);
  expect(await sitemapText(request)).toContain(`/claims/${claim.slug}`);
  const card = await cardBytes(request, claim.slug!);
  await (await request.get(`/claims/${claim.slug}`)).body();
  const tagged = (await request.get(`/claims/${claim.slug}`)).headers()["etag"];
  expect(tagged).toMatch(/^"/);

  const editorContext = await browser.newContext();
  await signIn(editorContext, USERS.editor);
  const desk = await editorContext.newPage();
  await desk.goto(`/desk/claims/${claim.id}`);
  await desk.getByRole("button", { name: "Unpublish" }).click();
  const form = desk.getByRole("form", { name: "Unpublish" });
  await form.getByLabel(/Reason for unpublishing/).fill("The quote was attributed to the wrong speaker.");
  await form.getByRole("button", { name: "Confirm: unpublish" }).click();
  await expect(desk.getByTestId("status-badge").first()).toHaveText("Unpublished");

  const gone = await request.get(`/claims/${claim.slug}`);
  expect(gone.status()).toBe(410);
  // A reader's copy of the published page is never confirmed once it is withdrawn: no 304, no tag.
  const revalidated = await request.get(`/claims/${claim.slug}`, { headers: { "if-none-match": tagged } });
  expect(revalidated.status()).toBe(410);
  expect(revalidated.headers()["etag"]).toBeUndefined();
  const html = await gone.text();
  expect(html).toContain("This fact-check was withdrawn");
  expect(html).toContain("The quote was attributed to the wrong speaker.");
  // The withdrawal page is the site's own: its layout, header and stylesheet, rendered by the app.
  expect(html).toMatch(/<nav aria-label="Main"[^>]*>[\s\S]*Verdicts[\s\S]*Methodology/);
  expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
  expect(html).toMatch(/Withdrawn on <time dateTime="\d{4}-\d{2}-\d{2}T/);
  expect(html).toContain('<meta name="robots" content="noindex, follow"/>');
  // It has the headers of every other page, and the policy of a static one (framework scripts by hash).
  expect(gone.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-robots-tag": "noindex",
    "cache-control": "public, max-age=60",
  });
  expect(gone.headers()["content-security-policy"]).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[^']+')+; .*frame-ancestors 'none'$/);
  expect((await request.head(`/claims/${claim.slug}`)).status()).toBe(410);
  // A client navigation asks for an RSC payload: a plain 410, so the router loads the document instead
  // (never a redirect that would reveal the internal page's address).
  const payload = await request.get(`/claims/${claim.slug}`, { headers: { RSC: "1" }, maxRedirects: 0 });
  expect(payload.status()).toBe(410);
  expect(payload.headers()["content-type"]).toContain("text/plain");
  // In a browser: the notice is on screen in the site's frame, the page hydrates, nothing is refused.
  const reader = await browser.newPage();
  const violations: string[] = [];
  reader.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  expect((await reader.goto(`/claims/${claim.slug}`))!.status()).toBe(410);
  await expect(reader.getByRole("heading", { level: 1, name: "This fact-check was withdrawn" })).toBeVisible();
  await expect(reader.getByTestId("retraction-reason")).toHaveText("The quote was attributed to the wrong speaker.");
  await expect(reader.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Verdicts" })).toBeVisible();
  await expect(reader).toHaveTitle(/Fact-check withdrawn · /);
  await reader.waitForFunction(() => (window as unknown as { next?: unknown }).next !== undefined);
  expect(violations).toEqual([]);
  await reader.close();
  // The internal page has no address of its own: asked for directly, it sends the visitor to the verdict's.
  const direct = await request.get(`/withdrawn/${claim.slug}`, { maxRedirects: 0 });
  expect([307, 308]).toContain(direct.status());
  expect(direct.headers()["location"]).toBe(`/claims/${claim.slug}`);
  const forged = await request.get(`/withdrawn/${claim.slug}`, { headers: { "x-factdesk-withdrawal": "guess" }, maxRedirects: 0 });
  expect(forged.status()).toBe(307);
  // The badge stays an image that says so; the social cards are gone; an unknown slug has no card.
  const badge = await request.get(`/claims/${claim.slug}/badge.svg`);
  expect(badge.status()).toBe(410);
  expect(badge.headers()["content-type"]).toContain("image/svg+xml");
  expect(await badge.text()).toMatch(/<svg[\s\S]*Withdrawn/);
  for (const image of [card.path, `/claims/${claim.slug}/twitter-image`]) expect((await request.get(image)).status(), image).toBe(410);
  expect((await request.get("/claims/no-such-verdict-anywhere/opengraph-image")).status()).toBe(404);
  const noBadge = await request.get("/claims/no-such-verdict-anywhere/badge.svg");
  expect(noBadge.status()).toBe(404);
  expect(noBadge.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const embed = await request.get(`/embed/claims/${claim.slug}`);
  expect(embed.status()).toBe(410);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[^']+')+; .*frame-ancestors \*$/);
  const embedded = await embed.text();
  expect(embedded).toContain("This fact-check was withdrawn");
  expect(embedded).toContain("The quote was attributed to the wrong speaker.");
  expect(embedded).not.toContain('aria-label="Main"');
  expect(await (await request.get("/feed.xml")).text()).not.toContain(`/claims/${claim.slug}`);
  expect(await sitemapText(request)).not.toContain(`/claims/${claim.slug}`);
  expect(await (await request.get("/api/v1/claim-reviews?limit=100")).text()).not.toContain(`/claims/${claim.slug}`);
  expect(await (await request.get("/claims")).text()).not.toContain(`/claims/${claim.slug}`);
  await editorContext.close();
});

test("a write to a new verdict's addresses is refused and leaves nothing in the cache for its readers", async ({ request }) => {
  // Next caches the first answer for an address it renders on demand, whatever the method: a POST that came
  // first left its 405 as the badge and the social cards every reader then got (attacker review, 7 Dec).
  const claim = await publishedClaimOnDemo("at the invitation of North Korean leader Kim Jong Un");
  const path = `/claims/${claim.slug}`;
  const page = await (await request.get(path)).text();
  const image = (attribute: string) => {
    const url = new URL(new RegExp(`<meta ${attribute} content="([^"]+)"`).exec(page)![1].replace(/&amp;/g, "&"));
    return url.pathname + url.search;
  };
  const addresses = [`${path}/badge.svg`, image('property="og:image"'), image('name="twitter:image"'), `/embed${path}`, path];
  for (const address of addresses) {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const written = await request.fetch(address, { method, data: "x", headers: { "content-type": "text/plain" } });
      expect.soft([written.status(), written.headers()["allow"]], `${method} ${address}`).toEqual([405, "GET, HEAD"]);
    }
  }
  for (const address of addresses) expect((await request.get(address)).status(), address).toBe(200);
  expect(await (await request.get(`${path}/badge.svg`)).text()).toContain("<svg");
  // The same address spelled with dot segments (sent as is: clients resolve them first) is refused, not
  // routed past the checks to the verdict (review of this change).
  const base = new URL(test.info().project.use.baseURL!);
  const raw = (method: string, target: string) =>
    new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: base.hostname, port: base.port, method, path: target }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", reject);
      req.end();
    });
  for (const target of [`/x/..${path}/badge.svg`, `/x/%2e%2e${path}/badge.svg`, `/api/internal/..${path}`])
    for (const method of ["GET", "POST"]) expect(await raw(method, target), `${method} ${target}`).toBe(400);
});

test("the embeddable card fits the frame its code gives it, link included, on a phone", async ({ browser }) => {
  const claim = await publishedClaimOnDemo("the pomp and circumstance reflecting the totalitarian nature");
  // The longest a verdict may say (a 280-character summary), on a long quote.
  const { db } = await import("../../lib/db");
  await db.claim.update({ where: { id: claim.id }, data: { quote: `${"a long quotation that goes on and on ".repeat(8)}to the end` } });
  await db.verdict.update({ where: { claimId: claim.id }, data: { summary: `${"A long summary of the facts as checked. ".repeat(7)}`.slice(0, 280) } });
  // The frame the embed code draws: 280 pixels high, at a phone's width inside a partner's column.
  const context = await browser.newContext({ viewport: { width: 320, height: 280 } });
  const page = await context.newPage();
  await page.goto(`/embed/claims/${claim.slug}`);
  const link = page.getByRole("link", { name: "Read the full fact-check" });
  await expect(link).toBeVisible();
  const box = (await link.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(280);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(280);
  // What people typed is isolated from the text around it (a right-to-left quote cannot turn the quotation marks).
  await expect(page.getByTestId("embed-card").locator("bdi")).toHaveCount(3);
  await page.goto(`/claims/${claim.slug}`);
  await expect(page.getByTestId("public-quote").locator("bdi")).toHaveText(/^a long quotation/);
  await context.close();
});

test("framing is allowed on the embed route only", async ({ request }) => {
  const path = await demoVerdictPath(request);
  for (const url of ["/", "/claims", path, "/methodology", "/signin", `${path}/badge.svg`]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.headers()["x-frame-options"], url).toBe("DENY");
    expect(response.headers()["content-security-policy"], url).toContain("frame-ancestors 'none'");
  }
  const embed = await request.get(`/embed${path}`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(await embed.text()).toContain("Read the full fact-check");
});

test("a partner framing an address that is no published verdict's shows a card that says so, with 404", async ({ request, page }) => {
  const missing = await request.get("/embed/claims/no-such-verdict-anywhere");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["x-frame-options"]).toBeUndefined();
  expect(missing.headers()["content-security-policy"]).toContain("frame-ancestors *");
  // In the HTML itself, for a frame without scripts (Next's own not-found of this route was an empty shell).
  const html = await missing.text();
  expect(html).toContain("Fact-check not found");
  expect(html).toContain('<meta name="robots" content="noindex"/>');
  expect(html).not.toContain('aria-label="Main"');
  // Framed by a partner's page: another origin, served from this machine as the app is (a page the test
  // answers itself counts as a public site, whose frames Chrome keeps off loopback addresses).
  const partner = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><title>Partner</title><iframe title="Fact-check" src="${missing.url()}"></iframe>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`);
    const card = page.frameLocator('iframe[title="Fact-check"]').getByTestId("embed-card");
    await expect(card.getByRole("heading", { name: "Fact-check not found" })).toBeVisible();
    await expect(card.getByRole("link", { name: /See all published fact-checks/ })).toHaveAttribute("href", /\/claims$/);
  } finally {
    partner.close();
  }
  // The card has no address of its own: asked for directly, it sends the visitor to the published verdicts.
  for (const headers of [{}, { "x-factdesk-withdrawal": "guess" }] as Record<string, string>[]) {
    const direct = await request.get("/embed/missing", { headers, maxRedirects: 0 });
    expect(direct.status()).toBe(307);
    expect(direct.headers()["location"]).toBe("/claims");
  }
  // A client navigation gets no payload for it (the router then loads the address as a document).
  expect((await request.get("/embed/claims/no-such-verdict-anywhere", { headers: { RSC: "1" } })).status()).toBe(404);
});

test("the badge, feed, sitemap, robots, icons and methodology are served", async ({ request, page }) => {
  const path = await demoVerdictPath(request);
  const badge = await request.get(`${path}/badge.svg`);
  expect(badge.headers()["content-type"]).toContain("image/svg+xml");
  expect(await badge.text()).toMatch(/<svg[\s\S]*Factdesk[\s\S]*True/);

  // The demo's verdicts are shown to people but kept out of the feed and the sitemap, and not indexed
  // (a verdict of the desk's own is in both: the 410 test above).
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain("<feed");
  expect(xml).not.toContain(path);

  const sitemap = await sitemapText(request);
  expect(sitemap).toMatch(/<loc>[^<]*\/methodology<\/loc>/);
  // A part past the last is no part; not kept (anyone can ask for any number).
  const beyond = await request.get("/sitemaps/9999.xml");
  expect(beyond.status()).toBe(404);
  expect(beyond.headers()["cache-control"]).toBe("no-store");
  expect(sitemap).not.toContain(path);
  expect(await (await request.get(path)).text()).toMatch(/<meta name="robots" content="noindex"/);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /desk");
  expect(robots).toMatch(/Sitemap: http.*\/sitemap.xml/);
  for (const [icon, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
  ]) {
    const answer = await request.get(icon);
    expect(answer.status(), icon).toBe(200);
    expect(answer.headers()["content-type"], icon).toContain(type);
  }

  await page.goto("/methodology");
  await expect(page.getByTestId("rating-scale").getByRole("row")).toHaveCount(8);
  await expect(page.getByRole("heading", { name: "Corrections policy" })).toBeVisible();
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
});

test("public verdict pages are served from the cache, not rendered per request", async ({ request }) => {
  const path = await demoVerdictPath(request);
  await request.get(path);
  const second = await request.get(path);
  expect(second.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  expect(second.headers()["cache-control"]).toContain("s-maxage");
});

test("every public page has Open Graph and Twitter card metadata with an image", async ({ page, request }) => {
  for (const path of ["/", "/claims", "/methodology", await demoVerdictPath(request)]) {
    await page.goto(path);
    for (const selector of ['meta[property="og:title"]', 'meta[property="og:description"]', 'meta[property="og:url"]', 'meta[name="twitter:card"]']) {
      await expect(page.locator(selector), `${selector} on ${path}`).toHaveCount(1);
    }
    const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(image, path).toBeTruthy();
    const response = await request.get(new URL(image!).pathname);
    expect(response.headers()["content-type"], path).toBe("image/png");
    await expect(page.locator('meta[name="twitter:image"]').first()).toHaveAttribute("content", /image/);
  }
});

test("a reader filters the verdicts by rating and claimant, and the address keeps the filters", async ({ page }) => {
  const published = await publishedClaimOnDemo("the pomp and circumstance reflecting the totalitarian nature");
  await page.goto("/claims");
  const filters = page.getByRole("form", { name: "Filter verdicts" });
  await filters.locator("select[name=rating]").selectOption({ label: "Unverifiable" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/claims\?rating=UNVERIFIABLE/);
  const list = page.getByTestId("verdict-list");
  await expect(list.getByRole("link", { name: new RegExp(`the pomp and circumstance`) }).first()).toBeVisible();
  for (const badge of await list.getByTestId("rating-badge").allTextContents()) expect(badge).toBe("Unverifiable");
  // The claimant typed as a reader would, in any case: the claimant's verdicts.
  await page.goto("/claims");
  await filters.getByLabel("Claimant").fill(published.claimant.toUpperCase());
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/claims\?.*claimant=/);
  await expect(list.getByRole("link", { name: new RegExp(`the pomp and circumstance`) }).first()).toBeVisible();
  await expect(filters.getByLabel("Claimant")).toHaveValue(published.claimant.toUpperCase());
  // A claimant with no unverifiable verdict: nothing matches, said in words, with a way back.
  await page.goto(`/claims?rating=FALSE&claimant=${encodeURIComponent(published.claimant)}`);
  await expect(page.getByTestId("verdicts-empty")).toHaveText("No published verdict matches these filters.");
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByTestId("verdict-list").getByTestId("rating-badge").first()).toBeVisible();
  // Days the wrong way round: said next to the field, with the range meant one click away.
  await page.goto("/claims?from=2030-01-01&to=2020-01-01");
  await expect(page.getByTestId("error-to")).toContainText("The end day is before the start day");
  await expect(filters.getByLabel("to", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("link", { name: "Show 2020-01-01 to 2030-01-01" }).click();
  await expect(page).toHaveURL(/\/claims\?from=2020-01-01&to=2030-01-01$/);
  await expect(page.getByTestId("error-to")).toHaveCount(0);
  await expect(page.getByTestId("verdict-list").getByTestId("rating-badge").first()).toBeVisible();
  // Part of a claimant's name: the demo's Michael Carpenter by his surname.
  await page.goto("/claims?claimant=carpenter");
  await expect(
    page
      .getByTestId("verdict-list")
      .getByText(/Michael Carpenter/)
      .first(),
  ).toBeVisible();
});
