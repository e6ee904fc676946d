import { db, type Tx } from "@/lib/db";

export type Settled<T> = { value?: T; error?: unknown };

/**
 * Another request's transaction makes `change`, then, while it is in flight, `meanwhile` starts (its
 * result is taken with `then`, so a lazy Prisma query runs now, not when it is awaited); 100 ms later
 * the transaction fails and rolls back. Returns how `meanwhile` settled.
 */
export async function whileATransactionRollsBack<T>(change: (tx: Tx) => Promise<unknown>, meanwhile: () => PromiseLike<T>): Promise<Settled<T>> {
  const refusal = "the transaction in flight is rolled back";
  let settling: Promise<Settled<T>> | undefined;
  try {
    await db.$transaction(async (tx) => {
      await change(tx);
      settling = Promise.resolve(meanwhile()).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      throw new Error(refusal);
    });
  } catch (error) {
    if (!(error instanceof Error) || error.message !== refusal) throw error;
  }
  if (!settling) throw new Error("the transaction failed before its change was made");
  return settling;
}
