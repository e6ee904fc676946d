import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

// A valid session throughout: the refusal must come from the origin check, not from a missing actor.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

import { POST as importRoute } from "@/app/api/articles/import/route";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { makeUser } from "../support/factories";

const APP = "http://localhost:3000";

function importRequest(headers: Record<string, string>) {
  const form = new FormData();
  form.set("title", "Cross-site import");
  form.set("outlet", "Elsewhere");
  form.set("text", "The mayor said the city built 1,200 homes in 2023.");
  return new Request(`${APP}/api/articles/import`, { method: "POST", body: form, headers: { host: "localhost:3000", ...headers } });
}

beforeEach(async () => {
  vi.stubEnv("NEXTAUTH_URL", APP);
  session.actor = await makeUser("EDITOR");
});
afterEach(() => vi.unstubAllEnvs());

describe("POST /api/articles/import from another origin", () => {
  it.each([
    ["another site", { origin: "http://evil.example" }],
    ["another port of the same site", { origin: "http://localhost:3001" }],
    ["an opaque origin", { origin: "null" }],
    ["a cross-site fetch without Origin", { "sec-fetch-site": "cross-site" }],
  ])("is refused with 403 and creates no article: %s", async (_label, headers) => {
    const before = await db.article.count();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await importRoute(importRequest(headers));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.article.count()).toBe(before);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("from our own page the same request imports the article", async () => {
    const response = await importRoute(importRequest({ origin: APP, "sec-fetch-site": "same-origin" }));
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(await db.article.findUnique({ where: { id: data.id }, select: { title: true } })).toEqual({ title: "Cross-site import" });
  });
});

describe("the route wrapper's error mapping", () => {
  const throwing = (error: unknown) => route({ name: "test", actor: true }, async () => Promise.reject(error));
  const call = (handler: ReturnType<typeof throwing>) => handler(new Request(`${APP}/x`, { method: "POST", headers: { origin: APP } }));

  it.each([
    ["UNAUTHENTICATED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["VALIDATION", 400],
    ["STALE", 409],
    ["CONFLICT", 409],
    ["INVALID_TRANSITION", 409],
  ] as const)("maps %s to %i with its message", async (code, status) => {
    const response = await call(throwing(new DomainError(code, `Because ${code}.`, { field: ["why"] })));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ ok: false, code, error: `Because ${code}.`, fieldErrors: { field: ["why"] } });
  });

  it("answers a body that is not JSON with 400", async () => {
    const handler = route({ name: "test" }, async ({ request }) => Response.json(await readJson(request)));
    const response = await handler(new Request(`${APP}/x`, { method: "POST", body: "{not json", headers: { origin: APP } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, code: "MALFORMED" });
  });

  it("logs anything else and answers 500 with a message that reveals nothing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await call(throwing(new Error("SQLITE_CORRUPT at /srv/secret/path.db")));
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.code).toBe("INTERNAL");
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|secret/);
    expect(error).toHaveBeenCalledWith("[factdesk] test failed", expect.any(Error));
    error.mockRestore();
  });

  it("resolves the actor only when asked, and passes the route's params", async () => {
    const seen: unknown[] = [];
    const handler = route<{ id: string }>({ name: "test" }, ({ params, actor }) => {
      seen.push(params.id, actor);
      return new Response(null, { status: 204 });
    });
    await handler(new Request(`${APP}/x`), { params: Promise.resolve({ id: "abc" }) });
    expect(seen).toEqual(["abc", null]);
  });
});
