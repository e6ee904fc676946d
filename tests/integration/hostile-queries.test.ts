import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { listArticleChoices } from "@/lib/articles/queries";
import { listQueue } from "@/lib/claims/queries";
import { queueQuerySchema } from "@/lib/claims/schemas";
import { searchDesk, searchPublished } from "@/lib/search";
import { searchQuerySchema } from "@/lib/search/schemas";
import { makeUser } from "../support/factories";

// Issue 13, finding 6: /desk?assignee=%00 answered 500 on PostgreSQL, which refuses U+0000 in text.
// Unusable URL parameters drop the filter, the way any other unrecognised value does.

const HOSTILE = ["\u0000", "abc\u0000def", "\uD800", "x".repeat(100_000)];

let actor: Actor;
beforeAll(async () => {
  actor = await makeUser("EDITOR");
});

describe("desk queue parameters no database can store", () => {
  it.each(HOSTILE.map((v) => [JSON.stringify(v.slice(0, 12)), v]))("drop the filter for %s instead of failing", async (_label, value) => {
    const query = queueQuerySchema.parse({ assignee: value, article: value });
    expect(query.assignee).toBeUndefined();
    expect(query.article).toBeUndefined();
    await expect(listQueue({ query, actor })).resolves.toBeDefined();
    await expect(listArticleChoices({ actor, selected: query.article })).resolves.toBeDefined();
  });
});

describe("search terms no database can store", () => {
  it.each(HOSTILE.map((v) => [JSON.stringify(v.slice(0, 12)), v]))("are an empty search for %s, desk and public", async (_label, value) => {
    const query = searchQuerySchema.parse({ q: value });
    expect(query.q).toBe("");
    await expect(searchDesk({ actor, query })).resolves.toBeDefined();
    await expect(searchPublished({ q: query.q, page: 1 })).resolves.toBeDefined();
  });
});
