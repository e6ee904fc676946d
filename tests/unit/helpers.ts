import { z } from "zod";

/** Field errors of a failed parse; fails the calling test if the input unexpectedly parsed. */
export function fieldErrorsOf(schema: z.ZodType, input: unknown): Record<string, string[] | undefined> {
  const result = schema.safeParse(input);
  if (result.success) {
    throw new Error(`Expected the input to be rejected, but it parsed to ${JSON.stringify(result.data)}`);
  }
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>;
}

/** Parsed output; fails the calling test with the field errors if the input was rejected. */
export function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new Error(`Expected the input to parse, got ${JSON.stringify(z.flattenError(result.error))}`);
  }
  return result.data;
}

/** A copy of `obj` without `key`. */
export function without<T extends object>(obj: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...obj };
  delete copy[key];
  return copy;
}
