import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { hasInternalToken } from "../http/internal-token";
import { getRetraction } from "./queries";
import { WITHDRAWAL_HEADER } from "./withdrawal-header.mjs";

/**
 * For the pages scripts/serve.mjs renders at another address (lib/publishing/gone.ts), which have no
 * address of their own: asked for directly (without the server's header), they send the visitor to
 * `elsewhere`. The header is read first, so that such a page renders per request (at build time there
 * is no token, and a redirect decided then would be kept as the page).
 */
export async function requireServerRewrite(elsewhere: string) {
  if (!hasInternalToken((await headers()).get(WITHDRAWAL_HEADER))) redirect(elsewhere);
}

/**
 * The notice of a withdrawn verdict, for the pages that scripts/serve.mjs renders with 410 at the
 * verdict's old address (lib/publishing/gone.ts). Those pages have no address of their own: asked for
 * directly (without the server's header), they send the visitor to the verdict's address, which is
 * the withdrawal page while the verdict stays withdrawn.
 */
export async function withdrawalNotice(slug: string, { publicPath }: { publicPath: string }) {
  await requireServerRewrite(publicPath);
  const notice = await getRetraction(slug);
  // Republished between the server's check and this render: the verdict's page is back.
  if (!notice) notFound();
  return notice;
}
