export function timeZoneProblem(name: string): string | null;
