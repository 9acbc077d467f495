import { Link } from "react-router";

import { SortableHeader } from "@/components/table/SortableHeader";
import { formatDate } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/labels";
import type { User } from "@/features/admin-users/api/users";
import { StatusTag } from "./roles";

interface UsersTableProps {
  users: readonly User[];
  sort: string;
  hrefForSort: (sort: string) => string;
  caption: string;
  busy?: boolean;
}

/** The account list as a GOV.UK table whose headers sort it. */
export function UsersTable({ users, sort, hrefForSort, caption, busy = false }: UsersTableProps) {
  const sortable = { sort, hrefFor: hrefForSort };
  return (
    <table
      className="govuk-table govuk-table--small-text-until-tablet"
      aria-busy={busy || undefined}
    >
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <SortableHeader label="Name" column="display_name" {...sortable} />
          <SortableHeader label="E-mail address" column="email" {...sortable} />
          <SortableHeader label="Role" column="role" {...sortable} />
          <th scope="col" className="govuk-table__header">
            Teams
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <SortableHeader label="Added" column="created_at" {...sortable} />
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {users.map((user) => (
          <tr className="govuk-table__row" key={user.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/admin/users/${user.id}`}>
                {user.display_name}
              </Link>
            </td>
            <td className="govuk-table__cell app-table__cell--break">{user.email}</td>
            <td className="govuk-table__cell">{ROLE_LABELS[user.role]}</td>
            <td className="govuk-table__cell">
              {user.teams.length > 0 ? user.teams.map((team) => team.name).join(", ") : "None"}
            </td>
            <td className="govuk-table__cell">
              <StatusTag status={user.status} />
            </td>
            <td className="govuk-table__cell">{formatDate(user.created_at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
