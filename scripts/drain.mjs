// Stopping the production server (scripts/serve.mjs) without cutting anyone off.

/** How long a stopping server lets the requests under way finish before it cuts what is left (under `docker stop`'s 10 s). */
export const SHUTDOWN_GRACE_MS = 8_000;

/** A live claim page's stream of server-sent events (app/api/live/claims/[id]); with `?check=1` it is a plain request. */
export function isLiveStream(method, url) {
  if (method !== "GET" || !url) return false;
  const [pathname, query = ""] = url.split("?", 2);
  return /^\/api\/live\/claims\/[^/]+$/.test(pathname) && !new URLSearchParams(query).has("check");
}

/**
 * On SIGTERM (a deploy, `docker stop`, a service manager) or SIGINT the server takes no new connection,
 * closes its idle ones, and lets each request under way finish (a save, an upload, a page) on a
 * connection it then closes. Live streams never finish by themselves: they are ended at once, as when a
 * reader closes the tab, and their pages reconnect (to another instance behind a balancer). When the
 * last request is done the process exits 0; whatever is still open after `graceMs` is cut. A second
 * signal exits at once.
 */
export function newDrain({ graceMs = SHUTDOWN_GRACE_MS, log = console.log, exit = (code) => process.exit(code) } = {}) {
  const open = new Map();
  let stopping = false;
  const closeAfter = (res) => {
    // Headers not sent yet: "Connection: close" goes with them. Sent: the socket is closed once the answer is out.
    if (!res.headersSent) res.shouldKeepAlive = false;
    res.once("finish", () => res.socket?.end());
  };
  return {
    /** Called first for every request the server takes. */
    track(req, res) {
      open.set(res, req);
      res.once("close", () => open.delete(res));
      if (!stopping) return;
      // On a connection still open while stopping: a stream would hold the server to the end of the grace time.
      if (isLiveStream(req.method, req.url)) res.destroy();
      else closeAfter(res);
    },
    get stopping() {
      return stopping;
    },
    stop(server, signal) {
      if (stopping) return;
      stopping = true;
      let streams = 0;
      let finishing = 0;
      for (const [res, req] of [...open]) {
        if (isLiveStream(req.method, req.url)) {
          streams++;
          res.destroy();
        } else {
          finishing++;
          closeAfter(res);
        }
      }
      log(`[factdesk] ${signal}: stopping; ${finishing} request(s) to finish (at most ${graceMs / 1000} s), ${streams} live stream(s) ended.`);
      server.close(() => {
        log("[factdesk] Stopped: every request finished.");
        exit(0);
      });
      server.closeIdleConnections();
      setTimeout(() => {
        log(`[factdesk] Stopped after ${graceMs / 1000} s, cutting ${open.size} request(s) still open.`);
        server.closeAllConnections();
        exit(0);
      }, graceMs).unref();
    },
  };
}

/** A signal this soon after the first is the same stop delivered twice, not a second one. */
export const REPEATED_SIGNAL_MS = 1_000;

/**
 * Stop gracefully on the first SIGTERM or SIGINT, at once on a second. Ctrl-C under `npm start` reaches
 * the server twice (the terminal signals the whole process group, and scripts/start.mjs forwards it):
 * a signal within REPEATED_SIGNAL_MS of the first is that same stop.
 */
export function drainOnSignals(drain, server, { signals = process, exit = (code) => process.exit(code), now = () => Date.now() } = {}) {
  let first = 0;
  for (const signal of ["SIGTERM", "SIGINT"])
    signals.on(signal, () => {
      if (!drain.stopping) {
        first = now();
        drain.stop(server, signal);
      } else if (now() - first > REPEATED_SIGNAL_MS) exit(1);
    });
}
