import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";

import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { Pagination, rangeSummary } from "../../../components/table/Pagination";
import type { Role } from "../../../lib/labels";
import { problemOf } from "../../../lib/problem";
import { searchFor, userListQueryFrom } from "../api/list-search";
import { type UserListQuery, usersQueryOptions } from "../api/users";
import { type TeamOption, UserFilters } from "./UserFilters";
import { UsersTable } from "./UsersTable";

const LIST_PATH = "/admin/users";

function isFiltered(query: UserListQuery): boolean {
  return Boolean(query.q ?? query.role ?? query.status ?? query.team_id);
}

interface UserListProps {
  roles: readonly Role[];
  teams?: readonly TeamOption[] | undefined;
}

/** The organisation's accounts: filters, a sortable table and pages, all kept in the address. */
export function UserList({ roles, teams }: UserListProps) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = userListQueryFrom(params);
  const users = useQuery(usersQueryOptions(query));
  const hrefFor = (change: Partial<UserListQuery>) =>
    LIST_PATH + searchFor({ ...query, ...change });

  let body;
  if (users.isPending) {
    body = <LoadingMessage>Loading users…</LoadingMessage>;
  } else if (users.isError) {
    body = <ProblemMessage problem={problemOf(users.error, "Users")} />;
  } else if (users.data.total === 0) {
    body = isFiltered(query) ? (
      <p className="govuk-body">
        No users match these filters.{" "}
        <Link className="govuk-link" to={LIST_PATH}>
          Clear the filters
        </Link>{" "}
        to see everyone.
      </p>
    ) : (
      <p className="govuk-body">There are no users yet.</p>
    );
  } else {
    const { items, total, page, page_size: pageSize } = users.data;
    body = (
      <>
        <p className="govuk-body" aria-live="polite">
          {rangeSummary(page, pageSize, total, total === 1 ? "user" : "users")}
        </p>
        <UsersTable
          users={items}
          sort={query.sort ?? "display_name"}
          hrefForSort={(sort) => hrefFor({ sort: sort as UserListQuery["sort"], page: 1 })}
          caption="Users"
          busy={users.isPlaceholderData}
        />
        <Pagination
          page={page}
          pageSize={pageSize}
          total={total}
          hrefFor={(target) => hrefFor({ page: target })}
        />
      </>
    );
  }

  return (
    <>
      <UserFilters
        key={params.toString()}
        query={query}
        roles={roles}
        teams={teams}
        onApply={(filters) => {
          void navigate(hrefFor({ ...filters, page: 1 }));
        }}
      />
      {body}
    </>
  );
}
