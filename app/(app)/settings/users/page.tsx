import type { Metadata } from "next";
import { getTimeZone } from "@/db/queries/time-zone";
import { listUsers } from "@/db/queries/users";
import { Card } from "@/components/ui/card";
import { CreateUserForm } from "@/components/settings/create-user-form";
import { UsersTable } from "@/components/settings/users-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { changeUserRoleAction, createUserAction, resetUserPasswordAction, setUserActiveAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

const userActions = { changeRole: changeUserRoleAction, setActive: setUserActiveAction, resetPassword: resetUserPasswordAction };

export default async function UsersSettingsPage() {
  const me = await requirePagePermission("users:read");
  const [users, timeZone] = await Promise.all([listUsers(), getTimeZone()]);
  return (
    <div className="space-y-6">
      <section aria-labelledby="users-heading">
        <h2 id="users-heading" className="mb-3 text-lg font-semibold">
          Users
        </h2>
        <UsersTable users={users} currentUserId={me.id} timeZone={timeZone} actions={userActions} />
      </section>
      <Card aria-labelledby="create-user-heading">
        <h2 id="create-user-heading" className="mb-3 text-lg font-semibold">
          Create a user
        </h2>
        <CreateUserForm action={createUserAction} />
      </Card>
    </div>
  );
}
