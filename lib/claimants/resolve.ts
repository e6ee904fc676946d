import type { Tx } from "../db";
import type { ClaimantType } from "../generated/prisma/enums";
import { claimantKey, otherArticleForm, tidyName } from "./names";

type Reader = Pick<Tx, "claimant" | "claimantAlias">;

/**
 * The claimant a typed name means: by its name (any case or spacing), else by one of its aliases; a
 * name with or without "the" before it ("national health regulator" for the alias "the national
 * health regulator") when the name as typed means no one.
 */
export async function findClaimant(tx: Reader, name: string) {
  const key = claimantKey(name);
  if (!key) return null;
  const byName = await tx.claimant.findFirst({ where: { OR: [{ key }, { name: tidyName(name) }] } });
  if (byName) return byName;
  const alias = await tx.claimantAlias.findUnique({ where: { key }, select: { claimant: true } });
  if (alias) return alias.claimant;
  const other = otherArticleForm(key);
  const byOtherName = await tx.claimant.findUnique({ where: { key: other } });
  if (byOtherName) return byOtherName;
  const otherAlias = await tx.claimantAlias.findUnique({ where: { key: other }, select: { claimant: true } });
  return otherAlias?.claimant ?? null;
}

/**
 * The claimant a new claim is attributed to: the existing one the name or alias means ("Carpenter"
 * is Michael Carpenter), or a new claimant of the given type. The claim then carries the claimant's
 * own name and type, so one person is never filed under two spellings.
 */
export async function resolveClaimant(tx: Tx, { name, type }: { name: string; type: ClaimantType }) {
  const found = await findClaimant(tx, name);
  if (found) return found;
  const key = claimantKey(name);
  return tx.claimant.upsert({ where: { key }, create: { key, name: tidyName(name), type }, update: {} });
}
