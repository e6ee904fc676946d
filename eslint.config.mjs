import next from "eslint-config-next";
import prettier from "eslint-config-prettier";

const config = [
  { ignores: ["lib/generated/**", ".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts"] },
  ...next,
  {
    // Pages and route handlers read data only through lib functions that take the actor (the data-access layer).
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: "Read and write through a lib/<concept> function that takes the actor and checks it." },
            { name: "@/lib/search/engine", message: "The raw search rows include drafts: use searchDesk (takes the actor) or searchPublished." },
          ],
        },
      ],
    },
  },
  {
    // On SQLite a query on `db` waits for the transaction in flight (lib/sqlite-turns.ts): inside a
    // transaction's own callback it would wait for itself until the transaction times out.
    files: ["lib/**", "scripts/**", "bench/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.property.name='$transaction'] > :matches(ArrowFunctionExpression, FunctionExpression) MemberExpression[object.name='db']",
          message: "Inside a transaction use its `tx`: a query on `db` waits for the transaction to end (lib/sqlite-turns.ts).",
        },
      ],
    },
  },
  // Formatting is Prettier's (npm run format); ESLint leaves it alone.
  prettier,
];
export default config;
