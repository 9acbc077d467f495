import type { ComponentProps } from "react";

import { Checkboxes } from "@/components/forms/Checkboxes";
import { Radios } from "@/components/forms/Radios";
import type { Role } from "@/lib/labels";
import { roleChoices } from "./roles";
import type { TeamOption } from "./UserFilters";

interface RoleAndTeamsFieldsProps {
  roles: readonly Role[];
  roleInput: Omit<ComponentProps<"input">, "id" | "type" | "value">;
  roleError: string | undefined;
  /** The council's teams; undefined where there are none (agencies). */
  teams: readonly TeamOption[] | undefined;
  teamIds: readonly string[];
  onTeamIdsChange: (teamIds: string[]) => void;
  teamsError: string | undefined;
}

/** The role radios and team checkboxes shared by the add and change account forms. */
export function RoleAndTeamsFields({
  roles,
  roleInput,
  roleError,
  teams,
  teamIds,
  onTeamIdsChange,
  teamsError,
}: RoleAndTeamsFieldsProps) {
  return (
    <>
      <Radios
        id="role"
        legend="Role"
        hint="What they do decides what Kindred lets them see and change."
        choices={roleChoices(roles)}
        error={roleError}
        inputProps={roleInput}
      />
      {teams && teams.length > 0 ? (
        <Checkboxes
          id="team_ids"
          name="team_ids"
          legend="Teams"
          hint="Select all that apply. Practitioners and managers see the children of their teams."
          choices={teams.map((team) => ({ value: team.id, label: team.name }))}
          value={teamIds}
          onChange={onTeamIdsChange}
          error={teamsError}
        />
      ) : null}
    </>
  );
}
