/**
 * Many requests for the same work within a short window become one run. The live hub uses it so a
 * claim's presence list is read once per change, however many pages have the claim open and however
 * many joins, leaves and announcements arrive together (a join storm is one read per window, not one
 * per page per join).
 *
 * Trailing, not leading: the first request waits `windowMs`, so the requests that follow it (the
 * other instances' NOTIFY echoes, the SQLite poll) fall into the same run. A request while the work
 * runs is not lost: it schedules exactly one more run after this one, because the running read may
 * have started before the change it announces.
 */
export type Coalescer<K> = {
  request(key: K): void;
  /** Forget a key's pending run (its last listener left); a run already under way finishes. */
  cancel(key: K): void;
  /** Whether a run is scheduled or under way (for tests and shutdown). */
  busy(key: K): boolean;
};

export function createCoalescer<K>({
  windowMs,
  run,
  onError,
}: {
  windowMs: number;
  run: (key: K) => Promise<void>;
  onError?: (key: K, error: unknown) => void;
}): Coalescer<K> {
  const timers = new Map<K, ReturnType<typeof setTimeout>>();
  const running = new Set<K>();
  const again = new Set<K>();

  const request = (key: K) => {
    if (running.has(key)) {
      again.add(key);
      return;
    }
    if (timers.has(key)) return;
    const timer = setTimeout(() => void fire(key), windowMs);
    // A pending read must not keep a process (a script, a test run) alive on its own.
    (timer as { unref?: () => void }).unref?.();
    timers.set(key, timer);
  };

  const fire = async (key: K) => {
    timers.delete(key);
    running.add(key);
    try {
      await run(key);
    } catch (error) {
      onError?.(key, error);
    } finally {
      running.delete(key);
      if (again.delete(key)) request(key);
    }
  };

  return {
    request,
    cancel(key) {
      const timer = timers.get(key);
      if (timer) clearTimeout(timer);
      timers.delete(key);
      again.delete(key);
    },
    busy: (key) => timers.has(key) || running.has(key),
  };
}
