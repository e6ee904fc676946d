import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { drainOnSignals, isLiveStream, newDrain, REPEATED_SIGNAL_MS, SHUTDOWN_GRACE_MS } from "@/scripts/drain.mjs";

// The server's side of a request, as much of http.ServerResponse as stopping uses.
class FakeResponse extends EventEmitter {
  headersSent = false;
  shouldKeepAlive = true;
  destroyed = false;
  socket = { end: vi.fn() };
  destroy() {
    this.destroyed = true;
    this.emit("close");
  }
  finish() {
    this.emit("finish");
    this.emit("close");
  }
}
const request = (url: string, method = "GET") => ({ url, method });

function fakeServer() {
  let closed: (() => void) | undefined;
  return {
    close: vi.fn((callback: () => void) => (closed = callback)),
    closeIdleConnections: vi.fn(),
    closeAllConnections: vi.fn(),
    /** The last connection has gone: what http.Server then does with close()'s callback. */
    lastGone: () => closed?.(),
  };
}

describe("stopping the server (scripts/drain.mjs)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("knows a live claim page's stream from every other request", () => {
    expect(isLiveStream("GET", "/api/live/claims/c1")).toBe(true);
    expect(isLiveStream("GET", "/api/live/claims/c1?after=12")).toBe(true);
    expect(isLiveStream("GET", "/api/live/claims/c1?check=1")).toBe(false);
    expect(isLiveStream("GET", "/api/live/claims/c1?after=2&check=1")).toBe(false);
    expect(isLiveStream("POST", "/api/live/claims/c1")).toBe(false);
    expect(isLiveStream("GET", "/api/live/claims/c1/other")).toBe(false);
    expect(isLiveStream("GET", "/desk/claims/c1")).toBe(false);
    expect(isLiveStream("GET", undefined)).toBe(false);
  });

  it("ends live streams at once, lets the other requests finish on closing connections, then exits 0", () => {
    const log = vi.fn();
    const exit = vi.fn();
    const drain = newDrain({ log, exit });
    const server = fakeServer();
    const page = new FakeResponse();
    const stream = new FakeResponse();
    stream.headersSent = true;
    const upload = new FakeResponse();
    const done = new FakeResponse();
    drain.track(request("/desk/claims/c1"), page);
    drain.track(request("/api/live/claims/c1?after=3"), stream);
    drain.track(request("/desk/articles/import", "POST"), upload);
    drain.track(request("/desk"), done);
    done.finish();

    drain.stop(server as never, "SIGTERM");
    expect(drain.stopping).toBe(true);
    expect(server.close).toHaveBeenCalledOnce();
    expect(server.closeIdleConnections).toHaveBeenCalledOnce();
    expect(stream.destroyed).toBe(true);
    expect([page.destroyed, upload.destroyed]).toEqual([false, false]);
    // Their answers go out with "Connection: close", and their connections close after them.
    expect([page.shouldKeepAlive, upload.shouldKeepAlive]).toEqual([false, false]);
    page.finish();
    expect(page.socket.end).toHaveBeenCalledOnce();
    expect(log.mock.calls[0][0]).toMatch(/SIGTERM: stopping; 2 request\(s\) to finish .* 1 live stream\(s\) ended/);

    // A request that arrives on a connection still open is answered, and that connection closed too.
    const late = new FakeResponse();
    drain.track(request("/desk/inbox"), late);
    expect(late.shouldKeepAlive).toBe(false);
    expect(late.destroyed).toBe(false);
    // A live stream asked for then is ended at once: it would hold the server to the end of the grace time.
    const lateStream = new FakeResponse();
    drain.track(request("/api/live/claims/c2"), lateStream);
    expect(lateStream.destroyed).toBe(true);

    expect(exit).not.toHaveBeenCalled();
    server.lastGone();
    expect(exit).toHaveBeenCalledWith(0);
    expect(server.closeAllConnections).not.toHaveBeenCalled();
    drain.stop(server as never, "SIGINT");
    expect(server.close).toHaveBeenCalledOnce();
  });

  it("cuts what is still open after the grace time", () => {
    const exit = vi.fn();
    const drain = newDrain({ log: vi.fn(), exit });
    const server = fakeServer();
    drain.track(request("/desk/claims/c1"), new FakeResponse());
    drain.stop(server as never, "SIGINT");
    vi.advanceTimersByTime(SHUTDOWN_GRACE_MS - 1);
    expect(exit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(server.closeAllConnections).toHaveBeenCalledOnce();
    expect(exit).toHaveBeenCalledWith(0);
  });

  it("stops on the first signal, takes the same signal delivered twice as one, and exits at once on a second", () => {
    const signals = new EventEmitter();
    const exit = vi.fn();
    let clock = 1_000;
    const drain = newDrain({ log: vi.fn(), exit });
    const stop = vi.spyOn(drain, "stop");
    const server = fakeServer();
    drainOnSignals(drain, server as never, { signals, exit, now: () => clock });
    signals.emit("SIGINT");
    expect(stop).toHaveBeenCalledWith(server, "SIGINT");
    expect(server.close).toHaveBeenCalledOnce();
    // Ctrl-C under npm start: the terminal's and the forwarded one, moments apart.
    clock += 5;
    signals.emit("SIGINT");
    expect(exit).not.toHaveBeenCalled();
    // Someone who means it, later.
    clock += REPEATED_SIGNAL_MS + 1;
    signals.emit("SIGTERM");
    expect(exit).toHaveBeenCalledWith(1);
    expect(stop).toHaveBeenCalledOnce();
  });
});
