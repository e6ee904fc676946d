import type { Tx } from "../db";
import type { ClaimantType } from "../generated/prisma/enums";
import { claimantKey, otherNameForms, tidyName } from "./names";

type Reader = Pick<Tx, "claimant" | "claimantAlias">;

/**
 * The claimant a typed name means: by its name (any case or spacing), else by one of its aliases; else by
 * another way of writing it (lib/claimants/names.ts: with or without "the", "the national health regulator"
 * for "national health regulator", or without a possessive inside it) when the name as typed means no one.
 * At most four queries, whatever the forms.
 */
export async function findClaimant(tx: Reader, name: string) {
  const key = claimantKey(name);
  if (!key) return null;
  const byName = await tx.claimant.findFirst({ where: { OR: [{ key }, { name: tidyName(name) }] } });
  if (byName) return byName;
  const alias = await tx.claimantAlias.findUnique({ where: { key }, select: { claimant: true } });
  if (alias) return alias.claimant;
  const forms = otherNameForms(key);
  const first = <T extends { key: string }>(rows: T[]) => firstByForm(forms, rows);
  const byOtherName = first(await tx.claimant.findMany({ where: { key: { in: forms } } }));
  if (byOtherName) return byOtherName;
  return first(await tx.claimantAlias.findMany({ where: { key: { in: forms } }, select: { key: true, claimant: true } }))?.claimant ?? null;
}

/**
 * The claimant a reader's typed name means, by its own name alone (any case or spacing, with or without
 * "the"): aliases are the desk's own notes (a merged duplicate's name, a nickname) and are not public.
 * Answered from the unique key, at most two queries.
 */
export async function findClaimantByName(tx: Pick<Tx, "claimant">, name: string) {
  const key = claimantKey(name);
  if (!key) return null;
  const byKey = await tx.claimant.findUnique({ where: { key } });
  if (byKey) return byKey;
  const forms = otherNameForms(key);
  if (forms.length === 0) return null;
  return firstByForm(forms, await tx.claimant.findMany({ where: { key: { in: forms } } }));
}

/** The row of the first form that has one, in the forms' order of preference. */
function firstByForm<T extends { key: string }>(forms: string[], rows: T[]): T | null {
  return forms.map((form) => rows.find((r) => r.key === form)).find(Boolean) ?? null;
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
