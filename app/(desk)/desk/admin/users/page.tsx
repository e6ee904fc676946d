import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/auth/admin";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { formatDayOf } from "@/lib/site";
import { CreateUserForm, DisableToggle, ResetPasswordForm, RoleForm, SignOutEverywhereButton, NameForm } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor();
  if (!can(actor, "user.manage")) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
        Only admins can manage users.
      </p>
    );
  }
  const users = await listUsers({ actor });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Users</h1>
      <table className="w-full border-collapse text-sm" data-testid="users">
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th className="py-2 pr-3">Name</th>
            <th className="py-2 pr-3">Email</th>
            <th className="py-2 pr-3">Role</th>
            <th className="py-2 pr-3">Since</th>
            <th className="py-2 pr-3">Access</th>
            <th className="py-2 pr-3">Sessions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={`border-b border-stone-200 ${u.disabled ? "text-stone-600 italic" : ""}`}>
              <td className="py-2 pr-3">
                <NameForm userId={u.id} name={u.name} />
              </td>
              <td className="py-2 pr-3">{u.email}</td>
              <td className="py-2 pr-3">{u.id === actor.id ? ROLE_LABEL[u.role] : <RoleForm userId={u.id} role={u.role} name={u.name} />}</td>
              <td className="py-2 pr-3">{formatDayOf(u.createdAt)}</td>
              <td className="py-2 pr-3">{u.id === actor.id ? "You" : <DisableToggle userId={u.id} disabled={u.disabled} name={u.name} />}</td>
              <td className="py-2 pr-3">
                <div className="flex flex-wrap gap-2">
                  <SignOutEverywhereButton userId={u.id} name={u.name} />
                  {u.id !== actor.id && <ResetPasswordForm userId={u.id} name={u.name} />}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="max-w-xl space-y-2">
        <h2 className="text-lg font-semibold">Add a desk member</h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
