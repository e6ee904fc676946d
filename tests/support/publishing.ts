import { db } from "@/lib/db";
import { addSource } from "@/lib/sources/mutations";
import { draftVerdict, makeClaim, makeUser, step } from "./factories";

/** A published verdict, with one public and one withheld source, on an article that has a URL. */
export async function publishedClaim(quote?: string) {
  const author = await makeUser("REVIEWER");
  const editor = await makeUser("EDITOR");
  const claim = await makeClaim(author, quote);
  await db.article.update({ where: { id: claim.articleId }, data: { url: "https://gazette.example/homes" } });
  await step(author, claim.id, "triage");
  await addSource({
    actor: author,
    input: { claimId: claim.id, url: "https://stats.example/report", title: "Housing report", archiveUrl: "https://archive.example/report" },
  });
  await addSource({
    actor: author,
    input: {
      claimId: claim.id,
      url: "https://secret.example/informant",
      title: "Informant interview",
      withheld: true,
      withheldReason: "The informant could face reprisals.",
    },
  });
  await draftVerdict(author, claim.id);
  await step(author, claim.id, "submit");
  await step(editor, claim.id, "approve");
  const published = await step(editor, claim.id, "publish");
  return { claim: published, author, editor };
}
