// `npm run user:create -- --email a@b.org --name "A B" --role EDITOR [--password ...]`; prompts for what is missing.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { stdin, stdout } from "node:process";
import { createUser } from "../lib/auth/users";
import { db } from "../lib/db";
import { DomainError } from "../lib/errors";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
  });
  const rl = createInterface({ input: stdin, output: stdout });
  const ask = async (label: string, current?: string) => current ?? (await rl.question(`${label}: `));
  const input = {
    email: await ask("Email", values.email),
    name: await ask("Name", values.name),
    role: (await ask("Role (REVIEWER, EDITOR, ADMIN)", values.role)).trim().toUpperCase() as "REVIEWER" | "EDITOR" | "ADMIN",
    password: values.password ?? process.env.FACTDESK_NEW_PASSWORD ?? (await rl.question("Password (12+ characters, letters and digits or symbols): ")),
  };
  rl.close();
  const user = await createUser({ input });
  console.log(`Created ${user.role} ${user.email}.`);
}

main()
  .catch((error) => {
    if (error instanceof DomainError) {
      console.error(`Not created: ${error.message}`);
      for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) console.error(`  ${field}: ${messages?.join("; ")}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
