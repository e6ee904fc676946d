import type { Role } from "../generated/prisma/enums";

export type Actor = { id: string; role: Role; name: string; email: string };

const RANK: Record<Role, number> = { REVIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function hasRole(actor: Pick<Actor, "role">, atLeast: Role): boolean {
  return RANK[actor.role] >= RANK[atLeast];
}

export const ROLE_LABEL: Record<Role, string> = { REVIEWER: "Fact-checker", EDITOR: "Editor", ADMIN: "Admin" };
