import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { signIn, USERS } from "./helpers";

// Issue 12, finding 5: a form on another origin of the same site (another port of the same host: the
// browser still sends the SameSite=Lax session cookie) created an article as the signed-in user.

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT || "3100"}`;
const importFields = (title: string) => ({ title, outlet: "Cross-site test", text: "The mayor said the city built 1,200 homes in 2023." });
const articlesTitled = (title: string) => db.article.count({ where: { title } });

test("an import posted with another origin is refused with 403 and creates nothing; our own origin imports", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.editor);

  const refusedTitle = `Cross-site ${Date.now()}`;
  for (const origin of ["http://evil.example", "http://127.0.0.1:3999", "null"]) {
    const refused = await context.request.post("/api/articles/import", { multipart: importFields(refusedTitle), headers: { Origin: origin }, maxRedirects: 0 });
    expect(refused.status(), `Origin: ${origin}`).toBe(403);
    expect(await refused.json()).toMatchObject({ ok: false, code: "FORBIDDEN" });
  }
  expect(await articlesTitled(refusedTitle)).toBe(0);

  const allowedTitle = `Same-origin ${Date.now()}`;
  const allowed = await context.request.post("/api/articles/import", { multipart: importFields(allowedTitle), headers: { Origin: BASE_URL }, maxRedirects: 0 });
  expect(allowed.status()).toBe(200);
  expect(await articlesTitled(allowedTitle)).toBe(1);
  await context.close();
});

test("a real browser form on another port of the same host cannot import as the signed-in user", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.editor);
  const title = `Browser cross-site ${Date.now()}`;
  // The attacker's page, served from another origin of the same site (same host, another port).
  const attacker = "http://127.0.0.1:3999/attack.html";
  await context.route(attacker, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><form id="f" method="post" enctype="multipart/form-data" action="${BASE_URL}/api/articles/import">
        <input name="title" value="${title}"><input name="outlet" value="Attacker"><textarea name="text">The mayor said the city built 1,200 homes in 2023.</textarea>
      </form><script>document.getElementById("f").submit()</script>`,
    }),
  );
  const page = await context.newPage();
  const answer = page.waitForResponse((response) => response.url() === `${BASE_URL}/api/articles/import`);
  await page.goto(attacker);
  const response = await answer;
  expect(response.status()).toBe(403);
  expect(await response.request().headerValue("origin")).toBe("http://127.0.0.1:3999");
  expect(await articlesTitled(title)).toBe(0);
  await context.close();
});
