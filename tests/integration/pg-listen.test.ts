import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { databaseKind } from "@/lib/db-url";
import { CHANNELS, listen } from "@/lib/pg-listen.mjs";

// The one LISTEN connection of the app and the scripts (lib/pg-listen.mjs), against a real server.
describe.skipIf(databaseKind() !== "postgres")("a PostgreSQL LISTEN connection that stays up", () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  const notify = (channel: string, payload: string) => db.$executeRawUnsafe(`SELECT pg_notify($1, $2)`, channel, payload);
  const terminate = (name: string) => db.$queryRawUnsafe(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, name);

  it("hears its channels, says when it connected, and after losing the connection listens again and says so", async () => {
    const name = `test listener ${randomUUID()}`;
    const heard: [string, string][] = [];
    const connects: boolean[] = [];
    vi.spyOn(console, "error").mockImplementation(() => {}); // the lost connection is logged
    stops.push(
      listen({
        url: process.env.DATABASE_URL!,
        channels: [CHANNELS.claim, CHANNELS.presence],
        name,
        retryMs: 10,
        onNotification: (channel, payload) => heard.push([channel, payload]),
        onConnect: ({ reconnected }) => void connects.push(reconnected),
      }),
    );
    await vi.waitFor(() => expect(connects).toEqual([false]));

    await notify(CHANNELS.claim, "one");
    await notify(CHANNELS.revalidate, "not listened to");
    await notify(CHANNELS.presence, "two");
    await vi.waitFor(() =>
      expect(heard).toEqual([
        [CHANNELS.claim, "one"],
        [CHANNELS.presence, "two"],
      ]),
    );

    await terminate(name);
    await vi.waitFor(() => expect(connects).toEqual([false, true]));
    await notify(CHANNELS.claim, "three");
    await vi.waitFor(() => expect(heard.at(-1)).toEqual([CHANNELS.claim, "three"]));
    vi.restoreAllMocks();
  });

  it("keeps trying while the server refuses it, and stops for good when told to", async () => {
    const connects: boolean[] = [];
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const stop = listen({
      url: process.env.DATABASE_URL!.replace(/\/[^/?]+(\?|$)/, "/no_such_database_here$1"),
      channels: [CHANNELS.claim],
      name: "test refused",
      retryMs: 5,
      maxRetryMs: 20,
      onNotification: () => {},
      onConnect: () => void connects.push(true),
    });
    await vi.waitFor(() => expect(errors.mock.calls.filter(([line]) => String(line).includes("cannot connect")).length).toBeGreaterThanOrEqual(3));
    stop();
    expect(connects).toEqual([]);
    vi.restoreAllMocks();
  });

  it("refuses a channel name it would have to quote", () => {
    expect(() => listen({ url: "postgresql://unused", channels: ["x; DROP TABLE y"], name: "bad", onNotification: () => {} })).toThrow("not a channel name");
  });
});
