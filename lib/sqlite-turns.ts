/**
 * On SQLite, queries outside a transaction wait for the transaction in flight.
 *
 * The Prisma adapter gives the process one better-sqlite3 connection. Its transactions take turns
 * (a mutex from BEGIN to COMMIT), but a query made outside any transaction does not wait: it runs on
 * the same connection, inside whatever transaction another request has open. It then reads that
 * transaction's uncommitted rows (a text replacement that then rolls back), and a write made that
 * way is committed or rolled back with the other request's transaction: a sign-in's throttle count,
 * a notification marked read or an import job's state, lost when someone else's change is refused
 * as stale.
 *
 * Here such queries take the same turns as transactions: a transaction holds the turn from its start
 * to its commit or rollback, a query outside one for its own execution. A transaction's own queries
 * do not wait (they run within its turn), so code inside a transaction must only use its `tx` (as
 * lib/db.ts requires already): a query on `db` there would wait for the transaction to end.
 */
type Query = unknown;
type Transaction = { commit(): Promise<void>; rollback(): Promise<void> };
export type TurnTaking = {
  queryRaw(query: Query): Promise<unknown>;
  executeRaw(query: Query): Promise<number>;
  executeScript(script: string): Promise<void>;
  startTransaction(isolationLevel?: string): Promise<Transaction>;
};

/** FIFO turns: each holder releases once, and the next waiting one goes on. */
export function turns() {
  let last: Promise<void> = Promise.resolve();
  return function take(): Promise<() => void> {
    const before = last;
    let release!: () => void;
    last = new Promise<void>((resolve) => {
      release = resolve;
    });
    return before.then(() => release);
  };
}

export function takeTurns<A extends TurnTaking>(adapter: A): A {
  const take = turns();
  const alone =
    <Args extends unknown[], R>(run: (...args: Args) => Promise<R>) =>
    async (...args: Args): Promise<R> => {
      const release = await take();
      try {
        return await run(...args);
      } finally {
        release();
      }
    };
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = alone(queryRaw);
  adapter.executeRaw = alone(executeRaw);
  adapter.executeScript = alone(executeScript);
  adapter.startTransaction = async (isolationLevel?: string) => {
    const release = await take();
    let transaction: Transaction;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(release);
    transaction.rollback = () => rollback().finally(release);
    return transaction;
  };
  return adapter;
}
