import { expect, type MockInstance } from "vitest";

/**
 * The body of a streamed answer, checking that `read` (a spy on the query that fills it) was not called
 * before the body was read, and was after: Next answers a HEAD by running the GET and never reads the
 * body, so a stream that reads ahead would query the database for nothing.
 */
export async function bodyReadOnlyWhenRead(response: Response, read: MockInstance): Promise<string> {
  expect(response.status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(read).not.toHaveBeenCalled();
  const text = await response.text();
  expect(read).toHaveBeenCalled();
  return text;
}
