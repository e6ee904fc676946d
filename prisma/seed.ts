import { db } from "../lib/db";
import { hasData, seedDemo } from "./seed-data/seed-demo";
import { DEMO_PASSWORD, DEMO_USERS } from "./seed-data/demo";

async function main() {
  if (await hasData()) {
    console.log("[seed] The database already has data; the demo is not seeded again.");
    return;
  }
  await seedDemo();
  console.log("[seed] Seeded the demo article, its claims and the demo accounts:");
  for (const u of DEMO_USERS) console.log(`         ${u.role.padEnd(8)} ${u.email}  /  ${DEMO_PASSWORD}`);
}

main()
  .catch((error) => {
    console.error("[seed] failed:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
