import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";

import { NoMatches, PagedList } from "@/components/table/PagedList";
import type { Role } from "@/lib/labels";
import { searchFor, userListQueryFrom } from "@/features/admin-users/api/list-search";
import { type UserListQuery, usersQueryOptions } from "@/features/admin-users/api/users";
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

  const body = (
    <PagedList
      query={users}
      loading="Loading users…"
      what="Users"
      noun={["user", "users"]}
      empty={
        isFiltered(query) ? (
          <NoMatches what="users" clearHref={LIST_PATH} toSeeAll="to see everyone" />
        ) : (
          <p className="govuk-body">There are no users yet.</p>
        )
      }
      hrefFor={(target) => hrefFor({ page: target })}
    >
      {({ items }, busy) => (
        <UsersTable
          users={items}
          sort={query.sort ?? "display_name"}
          hrefForSort={(sort) => hrefFor({ sort: sort as UserListQuery["sort"], page: 1 })}
          caption="Users"
          busy={busy}
        />
      )}
    </PagedList>
  );

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
