import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isFrameworkScript, noncePolicy, policyNonce, SHARED_DIRECTIVES } from "@/lib/http/csp-policy.mjs";
import { bodyAnswer, bodyPolicyStats, htmlPolicy, notModified, scriptHashes } from "@/scripts/csp.mjs";

// Issue 13, finding 7: the hash-based policy hashed every inline script of a page, an injected one too.
// Now a static page's policy allows by hash only the bootstrap scripts Next.js writes (as a production
// build of Next 16 with Turbopack writes them, copied from real pages).

const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js","static/chunks/45bqwbq1c1bwq.js","static/chunks/1-2wzy3i68z39.js"],"runtimeModuleIds":[94553]});';
const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT =
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[\\"$2\\"],\\"default\\"]\\n5:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\"}]\\n"])';
/** The policy serve.mjs sends with a buffered body. */
const bodyPolicy = (body: Buffer, pathname: string, keep?: boolean) => bodyAnswer(body, pathname, keep).policy;
const sha = (body: string) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;

describe("the framework's bootstrap scripts", () => {
  it.each([
    ["the flight bootstrap", BOOTSTRAP],
    ["the flight bootstrap with a form state", `${BOOTSTRAP};self.__next_f.push([2,["$@1",["x",null]]])`],
    ["a flight data push (escaped markup inside the string)", FLIGHT],
    ["a binary flight push", 'self.__next_f.push([3,"AAECAwQ="])'],
    ["Turbopack's chunk-group bootstrap", TURBOPACK],
  ])("are recognised: %s", (_label, body) => {
    expect(isFrameworkScript(body)).toBe(true);
  });

  it.each([
    ["an injected script", "alert(1)"],
    ["an empty script", ""],
    ["code after a flight push", 'self.__next_f.push([1,"x"]);alert(1)'],
    ["code after a flight push, on a new line", 'self.__next_f.push([1,"x"])\nalert(1)'],
    ["code inside a flight push", "self.__next_f.push([1,alert(1)])"],
    ["a comma expression in a flight push", 'self.__next_f.push([1,"x"]),alert(1)'],
    ["a flight push of an unknown kind", 'self.__next_f.push([9,"x"])'],
    ["a flight push with a third element", 'self.__next_f.push([1,"x","y"])'],
    ["a data push that is not a string", "self.__next_f.push([1,{}])"],
    ["code after the bootstrap", `${BOOTSTRAP};alert(1)`],
    ["the bootstrap with its spacing changed", "(self.__next_f = self.__next_f || []).push([0])"],
    ["Turbopack's bootstrap with code after it", `${TURBOPACK}alert(1)`],
    ["Turbopack's bootstrap with another global", TURBOPACK.replaceAll('"TURBOPACK"', '"x"];alert(1);//')],
    ["Turbopack's bootstrap loading a foreign script", TURBOPACK.replace("static/chunks/310vm2bl3xxpt.js", "https://evil.example/x.js")],
    ["Turbopack's bootstrap leaving the chunks folder", TURBOPACK.replace("static/chunks/310vm2bl3xxpt.js", "static/chunks/../../api/x.js")],
    ["Turbopack's bootstrap with another key", TURBOPACK.replace('"runtimeModuleIds"', '"script":"alert(1)","runtimeModuleIds"')],
    ["JSON-LD (data, never executed)", '{"@context":"https://schema.org","@type":"ClaimReview"}'],
  ])("are told apart from anything else: %s", (_label, body) => {
    expect(isFrameworkScript(body)).toBe(false);
  });
});

describe("the policy of a static page", () => {
  const page = [
    '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async></script></head><body>',
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
    "<main><p>A comment</p><script>window.__pwned=1</script>",
    '<SCRIPT>self.__next_f.push([1,"x"]);fetch("/x")</SCRIPT></main>',
    `<script id="_R_">${TURBOPACK}</script><script>${BOOTSTRAP}</script><script>${FLIGHT}</script>`,
    "</body></html>",
  ].join("");

  it("hashes the framework's inline scripts and nothing else", () => {
    expect(scriptHashes(page).sort()).toEqual([sha(TURBOPACK), sha(BOOTSTRAP), sha(FLIGHT)].sort());
    expect(scriptHashes(page)).not.toContain(sha("window.__pwned=1"));
    expect(scriptHashes(page)).not.toContain(sha('{"@context":"https://schema.org"}'));
  });

  it("allows 'self' and those hashes, never unsafe-inline, and keeps the shared directives", () => {
    const policy = htmlPolicy(page, "/claims/x");
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc.split(" ").slice(1).sort()).toEqual(["'self'", sha(TURBOPACK), sha(BOOTSTRAP), sha(FLIGHT)].sort());
    expect(policy).not.toContain("unsafe-inline'; script");
    for (const directive of SHARED_DIRECTIVES) expect(policy).toContain(directive);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(htmlPolicy(page, "/embed/claims/x")).toContain("frame-ancestors *");
  });
});

describe("the policy of a buffered body", () => {
  const page = (script: string) =>
    `<!DOCTYPE html><html><body><p>Verdict</p><script>${BOOTSTRAP}</script><script>${FLIGHT}</script><script>${script}</script></body></html>`;

  it("is the page's policy, its scripts read once per distinct body", () => {
    const body = Buffer.from(page("window.a=1"), "utf8");
    const before = { ...bodyPolicyStats };
    expect(bodyPolicy(body, "/claims/x")).toBe(htmlPolicy(body.toString("utf8"), "/claims/x"));
    // The same bytes again (another reader of the cached page), and at another address.
    expect(bodyPolicy(Buffer.from(body), "/claims/x")).toBe(htmlPolicy(body.toString("utf8"), "/claims/x"));
    expect(bodyPolicy(Buffer.from(body), "/embed/claims/x")).toBe(htmlPolicy(body.toString("utf8"), "/embed/claims/x"));
    expect(bodyPolicyStats.read - before.read).toBe(1);
    expect(bodyPolicyStats.kept - before.kept).toBe(2);
  });

  it("reads a body of the same length that differs anywhere anew, and never gives it another body's hashes", () => {
    // The same length, one with a framework script and one with an injected script in its place.
    const framework = Buffer.from(page(TURBOPACK), "utf8");
    const injected = Buffer.from(page(`alert(1)//${"x".repeat(TURBOPACK.length - 10)}`), "utf8");
    expect(injected.length).toBe(framework.length);
    const before = bodyPolicyStats.read;
    expect(bodyPolicy(injected, "/p")).not.toContain(sha(TURBOPACK));
    expect(bodyPolicy(framework, "/p")).toContain(sha(TURBOPACK));
    expect(bodyPolicy(injected, "/p")).not.toContain(sha(TURBOPACK));
    expect(bodyPolicyStats.read - before).toBe(2);

    // One byte apart inside a flight string: each body gets the hash of its own script.
    const one = 'self.__next_f.push([1,"verdict: false"])';
    const other = 'self.__next_f.push([1,"verdict: falsE"])';
    const [a, b] = [page(one), page(other)].map((html) => Buffer.from(html, "utf8"));
    expect(a.length).toBe(b.length);
    const readBefore = bodyPolicyStats.read;
    expect(bodyPolicy(a, "/p")).toContain(sha(one));
    expect(bodyPolicy(b, "/p")).toContain(sha(other));
    expect(bodyPolicy(b, "/p")).not.toContain(sha(one));
    expect(bodyPolicyStats.read - readBefore).toBe(2);
  });

  it("reads a body that is not to be kept each time, and keeps nothing of it", () => {
    const body = Buffer.from(page("window.notFound=1"), "utf8");
    const before = { ...bodyPolicyStats };
    expect(bodyPolicy(body, "/missing", false)).toBe(htmlPolicy(body.toString("utf8"), "/missing"));
    expect(bodyPolicy(body, "/missing", false)).toBe(htmlPolicy(body.toString("utf8"), "/missing"));
    expect([bodyPolicyStats.read - before.read, bodyPolicyStats.kept - before.kept]).toEqual([0, 0]);
  });

  it("hashes non-ASCII scripts as UTF-8, as the browser does", () => {
    const flight = 'self.__next_f.push([1,"“Quoted” — café"])';
    const body = Buffer.from(page("x") + `<script>${flight}</script>`, "utf8");
    expect(bodyPolicy(body, "/claims/x")).toContain(sha(flight));
  });
});

describe("the policy of a dynamic page", () => {
  it("trusts the nonce and what its scripts load, not 'self', and reads back its nonce", () => {
    const policy = noncePolicy("abc123+/=", "/desk");
    expect(policy).toContain("script-src 'nonce-abc123+/=' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    for (const directive of SHARED_DIRECTIVES) expect(policy).toContain(directive);
    expect(policyNonce(policy)).toBe("abc123+/=");
    expect(noncePolicy("n", "/desk", { dev: true })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(policyNonce("frame-ancestors 'none'")).toBeNull();
    expect(policyNonce(htmlPolicy("<script>x</script>", "/"))).toBeNull();
  });
});

describe("the entity tag of a buffered body", () => {
  const body = (text: string) => Buffer.from(`<!DOCTYPE html><html><body><p>${text}</p><script>${BOOTSTRAP}</script></body></html>`, "utf8");

  it("is the body's SHA-256, the same for the same bytes and another for any other, beside its policy", () => {
    const answer = bodyAnswer(body("Verdict: false"), "/claims/x");
    expect(answer.etag).toBe(`"${createHash("sha256").update(body("Verdict: false")).digest("base64").slice(0, 43)}"`);
    expect(answer.policy).toBe(htmlPolicy(body("Verdict: false").toString("utf8"), "/claims/x"));
    expect(bodyAnswer(body("Verdict: false"), "/embed/claims/x").etag).toBe(answer.etag);
    expect(bodyAnswer(body("Verdict: falsE"), "/claims/x").etag).not.toBe(answer.etag);
    // An entity tag is quoted characters without quotes or spaces (RFC 9110 8.8.3).
    expect(answer.etag).toMatch(/^"[\x21\x23-\x7e]+"$/);
  });

  it("is none for a body not kept (an error or not-found answer)", () => {
    expect(bodyAnswer(body("Not found"), "/claims/x", false)).toEqual({ policy: htmlPolicy(body("Not found").toString("utf8"), "/claims/x"), etag: null });
  });

  it("answers 304 when If-None-Match names it, weakly or in a list, or is *, and not when the reader asks for a fresh copy", () => {
    const etag = '"abc+/def"';
    expect(notModified({ "if-none-match": etag }, etag)).toBe(true);
    expect(notModified({ "if-none-match": `W/${etag}` }, etag)).toBe(true);
    expect(notModified({ "if-none-match": `"old", ${etag}` }, etag)).toBe(true);
    expect(notModified({ "if-none-match": "*" }, etag)).toBe(true);
    expect(notModified({ "if-none-match": '"old"' }, etag)).toBe(false);
    expect(notModified({ "if-none-match": "abc+/def" }, etag)).toBe(false);
    expect(notModified({}, etag)).toBe(false);
    expect(notModified({ "if-none-match": etag, "cache-control": "no-cache" }, etag)).toBe(false);
    expect(notModified({ "if-none-match": etag, "cache-control": "max-age=0" }, etag)).toBe(true);
    expect(notModified({ "if-none-match": etag }, null)).toBe(false);
  });
});
