import { BodyTooLargeError, readBoundedBytes } from "@/lib/http/body-limit";
import { MalformedRequestError, route } from "@/lib/http/route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address.mjs";
import { submitTip } from "@/lib/tips/mutations";

export const dynamic = "force-dynamic";

const LIMIT = { limit: 16 * 1024, tooLarge: () => new BodyTooLargeError("A tip is a question of at most 1,000 characters.") };

/**
 * A reader's "ask us to check", from the public form (/tips) or a partner: JSON with `question`,
 * optionally `url`, and a solved `challenge`/`nonce` from GET /api/v1/tips/challenge. Answers how
 * many readers asked about the same claim and, when the desk has published a verdict on it, the link.
 */
export const POST = route({ name: "tips API" }, async ({ request }) => {
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(await readBoundedBytes(request, LIMIT)));
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw error;
    throw new MalformedRequestError('Send the tip as JSON: {"question": "…", "challenge": "…", "nonce": "…"}.');
  }
  // Set by scripts/serve.mjs from the connection (TRUSTED_PROXY_COUNT), never by the client.
  const address = request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  const answer = await submitTip({ input, address });
  return Response.json({ ok: true, ...answer }, { headers: { "Cache-Control": "no-store" } });
});
