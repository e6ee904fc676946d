import type { Tx } from "./db";
import { databaseKind } from "./db-url";
import { staleError } from "./errors";

/**
 * Optimistic locking: every editable row a person acts on has a `version`. A change is written only
 * if the row still has the version the person saw, and counts one more version; the version in the
 * WHERE clause makes the check and the write one atomic step (and holds the row until the
 * transaction ends, on PostgreSQL). Otherwise nothing is written and the person gets the STALE refusal
 * ("Someone else changed this claim after you opened it…", naming the claim, verdict or article).
 */
export type VersionedModel = "claim" | "verdict" | "article" | "source" | "evidence" | "claimant";
type UpdateData<M extends VersionedModel> = NonNullable<Parameters<Tx[M]["updateMany"]>[0]>["data"];
type Row = { id: string; version: number };
// The three delegates share this shape; TypeScript cannot call a union of their methods.
type Delegate = {
  updateMany(args: { where: Row; data: object }): Promise<{ count: number }>;
  deleteMany(args: { where: Row }): Promise<{ count: number }>;
  count(args: { where: Row }): Promise<number>;
};

/** Write `data` to the row if its version is still `row.version`, and increment its version; else throw STALE. */
export async function updateAtVersion<M extends VersionedModel>(tx: Tx, model: M, row: Row, data: Omit<UpdateData<M>, "version">) {
  await checked(tx, model, row, { ...data, version: { increment: 1 } });
}

/**
 * Hold the row until the transaction ends if its version is still `row.version`, writing `data` (if
 * any) but not counting a version; else throw STALE. For a change beside the row that its state allows,
 * such as a source added to a claim under research: a status change committed since the state was read
 * makes it STALE, and on PostgreSQL one under way waits for it, so neither slips past the other.
 */
export async function holdAtVersion<M extends VersionedModel>(tx: Tx, model: M, row: Row, data?: Omit<UpdateData<M>, "version">) {
  // With nothing to write, SQLite needs no hold: its writers take turns (in one process the adapter's
  // lock, across processes the transaction runs again, lib/db.ts), so reading the version is enough, where
  // the update would rewrite the whole row (an article's text and all: 5–7 ms for 10 MB, under the only
  // write lock).
  if (data === undefined && databaseKind() === "sqlite") {
    if ((await (tx[model] as unknown as Delegate).count({ where: row })) !== 1) throw staleError(model);
    return;
  }
  await checked(tx, model, row, { ...data, version: row.version });
}

/** Delete the row if its version is still `row.version`; else throw STALE. */
export async function deleteAtVersion(tx: Tx, model: VersionedModel, { id, version }: Row) {
  const { count } = await (tx[model] as unknown as Delegate).deleteMany({ where: { id, version } });
  if (count !== 1) throw staleError(model);
}

async function checked(tx: Tx, model: VersionedModel, { id, version }: Row, data: object) {
  const { count } = await (tx[model] as unknown as Delegate).updateMany({ where: { id, version }, data });
  if (count !== 1) throw staleError(model);
}
