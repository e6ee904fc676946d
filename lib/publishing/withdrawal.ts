import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getRetraction } from "./queries";
import { WITHDRAWAL_HEADER } from "./withdrawal-header.mjs";

/**
 * The notice of a withdrawn verdict, for the pages that scripts/serve.mjs renders with 410 at the
 * verdict's old address (lib/publishing/gone.ts). Those pages have no address of their own: asked for
 * directly (without the server's header), they send the visitor to the verdict's address, which is
 * the withdrawal page while the verdict stays withdrawn.
 */
export async function withdrawalNotice(slug: string, { publicPath }: { publicPath: string }) {
  const token = process.env.FACTDESK_INTERNAL_TOKEN;
  if (!token || (await headers()).get(WITHDRAWAL_HEADER) !== token) redirect(publicPath);
  const notice = await getRetraction(slug);
  // Republished between the server's check and this render: the verdict's page is back.
  if (!notice) notFound();
  return notice;
}
