import next from "eslint-config-next";

const config = [
  { ignores: ["lib/generated/**", ".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts"] },
  ...next,
];
export default config;
