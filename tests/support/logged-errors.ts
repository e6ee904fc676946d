import { afterAll, beforeAll, vi } from "vitest";

/**
 * Collect what the code under test logs with console.error (handlers and runAction log unexpected
 * errors), quietly, so a failing property can show the cause. Clear it before each call.
 */
export function captureLoggedErrors(): unknown[][] {
  const logged: unknown[][] = [];
  beforeAll(() => {
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
  });
  afterAll(() => vi.mocked(console.error).mockRestore());
  return logged;
}

export const loggedText = (logged: unknown[][]) => logged.map((args) => args.map(String).join(" ")).join("\n");
