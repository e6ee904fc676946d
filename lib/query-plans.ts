import { LRUCache } from "lru-cache";
// @ts-expect-error -- Prisma ships these runtime modules without type declarations.
import { QueryCompiler as SqliteQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";
// @ts-expect-error -- as above.
import { QueryCompiler as PostgresQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";

/**
 * Query plans kept for the exact queries the desk asks again and again. Prisma 6's query compiler (its
 * WebAssembly engine) turns every query into a plan on the thread that serves requests, 0.3–0.5 ms a
 * query, with no cache of its own: a desk page of twenty queries spent 7 ms there. The same query (its
 * model, operation and arguments, values included, as the JSON Prisma hands the compiler) always
 * compiles to the same plan, so a plan is kept per query text: the session's, the layout's unread
 * count, the settings, a claim's reads when its page is drawn again. A kept plan is handed out as a copy
 * (the executor must never share one), long query texts (bulk writes) are not kept, and the cache is
 * bounded by entries and by the size of the texts it holds.
 */
export const PLAN_CACHE_MAX_QUERY_CHARS = 4_000;
/** Query texts and plans (as JSON) kept per compiler, in characters: a few megabytes. */
const PLAN_CACHE_MAX_CHARS = 8_000_000;
type Compiler = { prototype: { compile(request: string): unknown } };

// One cache per compiler (a compiler is made for one schema and one kind of database).
type Kept = { plan: object; size: number };
const caches = new WeakMap<object, LRUCache<string, Kept>>();
const plansOf = (compiler: object) => {
  let plans = caches.get(compiler);
  if (!plans) caches.set(compiler, (plans = new LRUCache({ max: 2_000, maxSize: PLAN_CACHE_MAX_CHARS, sizeCalculation: (kept) => kept.size })));
  return plans;
};
const stats = { hits: 0, misses: 0 };
// A plan that JSON cannot measure (a BigInt in it) is not kept.
const planSize = (plan: object) => {
  try {
    return JSON.stringify(plan).length;
  } catch {
    return Infinity;
  }
};

function keepPlans(compiler: Compiler) {
  const compile = compiler.prototype.compile;
  if ((compile as { kept?: boolean }).kept) return;
  const kept = function (this: object, request: string) {
    if (request.length > PLAN_CACHE_MAX_QUERY_CHARS) return compile.call(this, request);
    const plans = plansOf(this);
    const known = plans.get(request);
    if (known) {
      stats.hits++;
      return structuredClone(known.plan);
    }
    stats.misses++;
    const plan = compile.call(this, request);
    if (plan !== null && typeof plan === "object") {
      const size = request.length + planSize(plan);
      if (Number.isFinite(size)) plans.set(request, { plan: structuredClone(plan), size });
    }
    return plan;
  };
  compiler.prototype.compile = Object.assign(kept, { kept: true });
}

keepPlans(SqliteQueryCompiler as Compiler);
keepPlans(PostgresQueryCompiler as Compiler);

/** How often a kept plan was used, in this process (tests). */
export function queryPlanStats() {
  return { ...stats };
}
