export function demoDecision(env: Record<string, string | undefined>): { seed: boolean; reason: string };
