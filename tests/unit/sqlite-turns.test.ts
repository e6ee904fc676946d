import { describe, expect, it } from "vitest";
import { takeTurns, turns, type TurnTaking } from "@/lib/sqlite-turns";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("turns", () => {
  it("lets one holder at a time go on, first come first served", async () => {
    const take = turns();
    const order: string[] = [];
    const hold = async (name: string, ms: number) => {
      const release = await take();
      order.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      order.push(`${name} out`);
      release();
    };
    await Promise.all([hold("a", 20), hold("b", 1), hold("c", 1)]);
    expect(order).toEqual(["a in", "a out", "b in", "b out", "c in", "c out"]);
  });
});

describe("takeTurns", () => {
  function fakeAdapter(log: string[]): TurnTaking {
    return {
      queryRaw: async (q) => (log.push(`query ${String(q)}`), []),
      executeRaw: async (q) => (log.push(`execute ${String(q)}`), 1),
      executeScript: async () => undefined,
      startTransaction: async () => ({
        commit: async () => void log.push("commit"),
        rollback: async () => void log.push("rollback"),
      }),
    };
  }

  it("holds a query outside a transaction until the transaction commits or rolls back", async () => {
    const log: string[] = [];
    const adapter = takeTurns(fakeAdapter(log));
    const first = await adapter.startTransaction();
    const outside = adapter.queryRaw("outside");
    await tick();
    expect(log).toEqual([]);
    await first.commit();
    await outside;
    expect(log).toEqual(["commit", "query outside"]);
    const second = await adapter.startTransaction();
    const write = adapter.executeRaw("write");
    await tick();
    await second.rollback();
    await write;
    expect(log).toEqual(["commit", "query outside", "rollback", "execute write"]);
  });

  it("gives the turn back when a transaction cannot start or a query fails", async () => {
    const log: string[] = [];
    const adapter = fakeAdapter(log);
    adapter.startTransaction = async () => {
      throw new Error("busy");
    };
    adapter.queryRaw = async () => {
      throw new Error("syntax");
    };
    const taking = takeTurns(adapter);
    await expect(taking.startTransaction()).rejects.toThrow("busy");
    await expect(taking.queryRaw("bad")).rejects.toThrow("syntax");
    await expect(taking.executeRaw("next")).resolves.toBe(1);
  });
});
