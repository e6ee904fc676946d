import { LRUCache } from "lru-cache";
// @ts-expect-error -- Prisma ships these runtime modules without type declarations.
import { QueryCompiler as SqliteQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";
// @ts-expect-error -- as above.
import { QueryCompiler as PostgresQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";

/**
 * Query plans kept between requests. Prisma 6's query compiler (its WebAssembly engine) turns every
 * query into a plan on the thread that serves requests, 0.5–0.9 ms a query on this machine, with no
 * cache of its own: a claim page spent 6–7 ms there. Prisma 7 keeps plans per query shape; this does
 * the same for Prisma 6, from the outside:
 *
 * - A query's shape is its JSON (what Prisma hands the compiler) with the text values of a read's
 *   `where` (and of a raw query's parameters) replaced by markers. The shape is compiled once, with the markers
 *   as its values; each query of that shape gets a copy of the plan with its own values put back where
 *   the markers are.
 * - Only where the plan holds each marker exactly as it was given (a value the database receives as
 *   it is) is a shape kept that way. A plan that derives something from a value (`contains` makes
 *   "%value%"), drops one, or fails to compile with markers (an enum checked when planned) marks its
 *   shape as one to keep per exact query text instead.
 * - Values that can change a plan stay in the shape: numbers, lists (`in`), null, dates in a filter,
 *   enum-like words (`"PUBLISHED"`), a filter's `mode`, and everything outside `where` and a write's `data`.
 * - Model writes (creates, updates and deletes of rows, not upserts: an upsert's plan is one statement
 *   only when its filter and its data hold the same values, and markers would make them differ) also
 *   give up their data's text values and times, a time as a marker that is a time itself (a date of the
 *   year 1000, which the compiler takes as any other). A status change's two writes (the claim's update
 *   and its audit event) were planned anew each time: about 9% of the write's CPU. Values the database
 *   makes when the row is written (ids, `now()`, `@updatedAt`) are calls in the plan, made at each run.
 *
 * Copies are handed out (the executor must never share a plan), long query texts (bulk writes) are not
 * kept, and the cache is bounded by entries and size. tests/integration/query-plans.test.ts holds a
 * kept plan to what a fresh one answers; the integration suite runs through it on both databases.
 */
export const PLAN_CACHE_MAX_QUERY_CHARS = 4_000;
/** Query shapes and plans (as JSON) kept per compiler, in characters: a few megabytes. */
const PLAN_CACHE_MAX_CHARS = 8_000_000;
type Compiler = { prototype: { compile(request: string): unknown } };

// A marker no query text holds (a NUL character cannot come from a form; a query holding one is not parameterized).
const MARK = "\u0000fd";
const marker = (i: number) => `${MARK}${i}\u0000`;
const ENUM_LIKE = /^[A-Z][A-Z0-9_]*$/;
// Reads and raw statements only: a write's plan may compare its filter with its data (an upsert is one
// statement only when the two hold the same values), which markers would change.
const READS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "aggregate",
  "groupBy",
  "count",
  "queryRaw",
  "executeRaw",
]);

// Writes whose values leave their shape; an upsert, a nested upsert or a connect-or-create never does,
// nor a bulk create (its rows make nearly every shape new: kept, they would push out the reads' plans).
const WRITES = new Set(["createOne", "updateOne", "updateMany", "updateManyAndReturn", "deleteOne", "deleteMany"]);
const COMPARING_WRITES = /"(upsert|connectOrCreate)"/;

// A time's marker is a time: the i-th millisecond of the year 1000. A query that holds that day in any
// form has no shape, and a plan that holds it other than as a whole marker is not kept.
const TIME_MARK = "1000-01-01";
const timeMarker = (i: number) => new Date(Date.UTC(1000, 0, 1) + i).toISOString();
const TIME_MARKER = /^1000-01-01T00:00:(\d\d)\.(\d\d\d)Z$/;
const timeMarkerIndex = (value: string) => {
  const m = TIME_MARKER.exec(value);
  return m ? Number(m[1]) * 1000 + Number(m[2]) : NaN;
};

type Shape = { key: string; values: string[] };
/** The plan of a shape, or null when its plans must be kept per exact query text. */
type Kept = { plan: object | null; size: number };

/** The query's operation, read from the head of its JSON (Prisma writes modelName and action first). */
const actionOf = (request: string) => /"action":"(\w+)"/.exec(request.slice(0, 200))?.[1] ?? "";

/** The query's shape and the values taken out of it, or null when it has none to take out. */
export function queryShape(request: string): Shape | null {
  if (request.length > PLAN_CACHE_MAX_QUERY_CHARS || request.includes("\\u0000") || request.includes(TIME_MARK)) return null;
  let query: { action?: string; query?: { arguments?: Record<string, unknown> } };
  try {
    query = JSON.parse(request);
  } catch {
    return null;
  }
  const args = query.query?.arguments;
  if (!args || typeof args !== "object") return null;
  const values: string[] = [];
  // Equal values share a marker: a plan may depend on two values being equal (the compiler drops a
  // repeated id from a `connect` list and expects one row fewer).
  const index = new Map<string, number>();
  const indexOf = (value: string) => {
    let i = index.get(value);
    if (i === undefined) index.set(value, (i = values.push(value) - 1));
    return i;
  };
  const take = (value: string) => marker(indexOf(value));
  let unkept = false;
  if (query.action === "queryRaw" || query.action === "executeRaw") {
    if (typeof args.parameters !== "string") return null;
    let parameters: unknown;
    try {
      parameters = JSON.parse(args.parameters);
    } catch {
      return null;
    }
    if (!Array.isArray(parameters)) return null;
    args.parameters = JSON.stringify(parameters.map((p) => (typeof p === "string" ? take(p) : p)));
  } else {
    const write = WRITES.has(query.action ?? "");
    if (!write && !READS.has(query.action ?? "")) return null;
    if (write && COMPARING_WRITES.test(request)) return null;
    const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);
    // A filter's text values are taken out; a write's data gives up its times too (a typed value other
    // than a time stays as it is). A fraction in data makes nearly every shape new (a score): such a
    // write is planned as it comes.
    const walk = (node: Record<string, unknown>, data: boolean) => {
      if ("$type" in node) return;
      for (const [field, value] of Object.entries(node)) {
        if (typeof value === "string" && !ENUM_LIKE.test(value) && field !== "mode") node[field] = take(value);
        else if (data && typeof value === "number" && !Number.isInteger(value)) unkept = true;
        else if (Array.isArray(value)) value.forEach((v) => isRecord(v) && walk(v, data));
        else if (!isRecord(value)) continue;
        else if (data && value.$type === "DateTime" && typeof value.value === "string") value.value = timeMarker(indexOf(value.value));
        else walk(value, data);
      }
    };
    if (isRecord(args.where)) walk(args.where, false);
    if (write && isRecord(args.data)) walk(args.data, true);
  }
  return values.length === 0 || unkept ? null : { key: JSON.stringify(query), values };
}

/** How often each marker stands alone in the plan; null when a marker is found inside a longer text. */
function markerUses(plan: unknown, count: number): number[] | null {
  const uses = new Array<number>(count).fill(0);
  let clean = true;
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (!value.includes(MARK) && !value.includes(TIME_MARK)) return;
      // A whole marker of either kind; anything else holding one (or that day) is a value derived from it.
      const i = value.startsWith(TIME_MARK) ? timeMarkerIndex(value) : Number(/^\u0000fd(\d+)\u0000$/.exec(value)?.[1] ?? NaN);
      if (Number.isInteger(i) && i < count) uses[i]++;
      else clean = false;
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) Object.values(value).forEach(visit);
  };
  visit(plan);
  return clean ? uses : null;
}

/** A copy of the plan with each marker replaced by its value. */
function withValues(plan: unknown, values: string[]): unknown {
  if (typeof plan === "string") {
    if (plan.startsWith(MARK)) return values[Number(plan.slice(MARK.length, -1))];
    const i = plan.startsWith(TIME_MARK) ? timeMarkerIndex(plan) : NaN;
    return Number.isInteger(i) ? values[i] : plan;
  }
  if (Array.isArray(plan)) return plan.map((p) => withValues(p, values));
  if (plan && typeof plan === "object") {
    if (Object.getPrototypeOf(plan) !== Object.prototype) return structuredClone(plan);
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(plan)) copy[k] = withValues(v, values);
    return copy;
  }
  return plan;
}

// A plan that JSON cannot measure (a BigInt in it) is not kept.
const planSize = (plan: object) => {
  try {
    return JSON.stringify(plan).length;
  } catch {
    return Infinity;
  }
};

// One cache per compiler (a compiler is made for one schema and one kind of database). Shapes and exact
// texts are kept under keys of their own: a query whose text is a shape (a value holding a marker) must
// never stand for the shape.
const caches = new WeakMap<object, LRUCache<string, Kept>>();
const plansOf = (compiler: object) => {
  let plans = caches.get(compiler);
  if (!plans) caches.set(compiler, (plans = new LRUCache({ max: 4_000, maxSize: PLAN_CACHE_MAX_CHARS, sizeCalculation: (kept) => kept.size })));
  return plans;
};
const stats = { hits: 0, misses: 0, shapes: 0 };

function keepPlans(compiler: Compiler) {
  const compile = compiler.prototype.compile;
  if ((compile as { kept?: boolean }).kept) return;
  const keep = (plans: LRUCache<string, Kept>, key: string, plan: unknown) => {
    if (plan === null || typeof plan !== "object") return;
    const size = key.length + planSize(plan);
    if (Number.isFinite(size)) plans.set(key, { plan: structuredClone(plan), size });
  };
  const kept = function (this: object, request: string) {
    const action = actionOf(request);
    const write = WRITES.has(action);
    if (request.length > PLAN_CACHE_MAX_QUERY_CHARS || !(write || READS.has(action))) {
      stats.misses++;
      return compile.call(this, request);
    }
    const plans = plansOf(this);
    const shape = queryShape(request);
    if (shape) {
      const known = plans.get(`shape:${shape.key}`);
      if (known?.plan) {
        stats.hits++;
        stats.shapes++;
        return withValues(known.plan, shape.values);
      }
      if (!known) {
        // First sight of the shape: plan it with the markers, and keep it only if every marker stands alone.
        let plan: unknown = null;
        try {
          plan = compile.call(this, shape.key);
        } catch {
          plan = null;
        }
        const uses = plan === null ? null : markerUses(plan, shape.values.length);
        if (uses && uses.every((n) => n > 0)) {
          keep(plans, `shape:${shape.key}`, plan);
          stats.misses++;
          return withValues(plan, shape.values);
        }
        plans.set(`shape:${shape.key}`, { plan: null, size: shape.key.length });
      }
    }
    // A write is rarely asked twice with the same text (its data differ): planned as it comes.
    if (write) {
      stats.misses++;
      return compile.call(this, request);
    }
    // A read: kept per exact query text.
    const exact = plans.get(`text:${request}`);
    if (exact?.plan) {
      stats.hits++;
      return structuredClone(exact.plan);
    }
    stats.misses++;
    const plan = compile.call(this, request);
    keep(plans, `text:${request}`, plan);
    return plan;
  };
  compiler.prototype.compile = Object.assign(kept, { kept: true });
}

keepPlans(SqliteQueryCompiler as Compiler);
keepPlans(PostgresQueryCompiler as Compiler);

/** How often a kept plan was used (and how often by its shape), in this process (tests). */
export function queryPlanStats() {
  return { ...stats };
}
