import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { UserListRow } from "@/db/queries/users";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/time";
import { UserActions, type UserActionSet } from "./user-actions";

export function UsersTable({ users, currentUserId, timeZone, actions }: { users: UserListRow[]; currentUserId: string; timeZone: string; actions: UserActionSet }) {
  return (
    <Table>
      <caption className="sr-only">Users who can sign in to DPO Desk</caption>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Role</Th>
          <Th>Status</Th>
          <Th>Last sign-in</Th>
          <Th>Manage</Th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} data-testid="user-row">
            <Td>
              <p className="font-medium">{user.name}</p>
              <p className="text-slate-600 dark:text-slate-400">{user.email}</p>
            </Td>
            <Td>{ROLE_LABELS[user.role]}</Td>
            <Td>{user.active ? <Badge tone="good">Active</Badge> : <Badge tone="bad">Deactivated</Badge>}</Td>
            <Td className="whitespace-nowrap">{user.lastSignInAt ? formatDateTime(user.lastSignInAt, timeZone) : "Never"}</Td>
            <Td>
              {user.id === currentUserId ? (
                // The server refuses these for oneself too; here they are simply not offered.
                <p className="text-slate-600 dark:text-slate-400">This is you. Change your password under My account.</p>
              ) : (
                <UserActions user={user} actions={actions} />
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
