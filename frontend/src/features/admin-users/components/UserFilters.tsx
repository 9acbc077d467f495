import type { SubmitEvent } from "react";
import { Link } from "react-router";

import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import { ROLE_LABELS, type Role, STATUS_LABELS } from "@/lib/labels";
import type { UserListQuery } from "@/features/admin-users/api/users";

export interface TeamOption {
  id: string;
  name: string;
}

interface UserFiltersProps {
  query: UserListQuery;
  roles: readonly Role[];
  /** The council's teams; leave out where there are none (agencies). */
  teams?: readonly TeamOption[] | undefined;
  onApply: (filters: Pick<UserListQuery, "q" | "role" | "status" | "team_id">) => void;
}

const ANY = { value: "", label: "Any" };

/** Narrow the list by search text, role, team and status. */
export function UserFilters({ query, roles, teams, onApply }: UserFiltersProps) {
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" && value.trim() ? value.trim() : undefined;
    };
    onApply({
      q: text("q"),
      role: text("role") as UserListQuery["role"],
      status: text("status") as UserListQuery["status"],
      team_id: text("team_id"),
    });
  };

  return (
    <form className="app-filters" role="search" aria-label="Filter users" onSubmit={submit}>
      <h2 className="govuk-heading-s">Filter users</h2>
      <TextInput
        id="filter-q"
        name="q"
        type="search"
        label="Name or e-mail address"
        defaultValue={query.q ?? ""}
        maxLength={100}
        spellCheck={false}
      />
      <div className="app-filters__row">
        <Select
          id="filter-role"
          name="role"
          label="Role"
          defaultValue={query.role ?? ""}
          options={[ANY, ...roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))]}
        />
        {teams && teams.length > 0 ? (
          <Select
            id="filter-team"
            name="team_id"
            label="Team"
            defaultValue={query.team_id ?? ""}
            options={[ANY, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
          />
        ) : null}
        <Select
          id="filter-status"
          name="status"
          label="Status"
          defaultValue={query.status ?? ""}
          options={[
            ANY,
            ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to="/admin/users">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
