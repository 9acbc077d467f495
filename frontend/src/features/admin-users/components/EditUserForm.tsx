import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useController, useForm } from "react-hook-form";
import { z } from "zod";

import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import {
  applyProblemToForm,
  type FieldTarget,
  summaryErrors,
} from "@/components/forms/form-errors";
import { TextInput } from "@/components/forms/TextInput";
import type { Role } from "@/lib/labels";
import type { User, UserUpdate } from "@/features/admin-users/api/users";
import { RoleAndTeamsFields } from "./RoleAndTeamsFields";
import type { TeamOption } from "./UserFilters";
import { displayName, role, teamIds } from "./user-schema";

const schema = z.object({ display_name: displayName, role, team_ids: teamIds });
type Values = z.input<typeof schema>;

const FIELDS: readonly FieldTarget<Values>[] = [
  { name: "display_name", fieldId: "display_name" },
  { name: "role", fieldId: "role" },
  { name: "team_ids", fieldId: "team_ids" },
];

/** Reports back how saving went, so the form can show the API's field errors. */
export type SaveUser = (change: UserUpdate, onError: (error: unknown) => void) => void;

interface EditUserFormProps {
  user: User;
  roles: readonly Role[];
  teams: readonly TeamOption[] | undefined;
  onSave: SaveUser;
  saving: boolean;
}

/** Change a person's name, role and teams. Status changes have their own section. */
export function EditUserForm({ user, roles, teams, onSave, saving }: EditUserFormProps) {
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, control, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { display_name: user.display_name, role: user.role, team_ids: user.team_ids },
  });
  const teamField = useController({ control, name: "team_ids" });
  const { errors } = formState;
  // A role that cannot be given here (a young person's) is still shown, as it is theirs.
  const choices = roles.includes(user.role) ? roles : [...roles, user.role];

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    onSave(
      { display_name: values.display_name, role: values.role as Role, team_ids: values.team_ids },
      (error) => {
        setOtherErrors(applyProblemToForm(error, FIELDS, setError));
        failed();
      },
    );
  }, failed);

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={summaryErrors(errors, FIELDS, otherErrors)} focusKey={focusKey} />
      <TextInput
        id="display_name"
        label="Full name"
        autoComplete="off"
        spellCheck={false}
        error={errors.display_name?.message}
        {...register("display_name")}
      />
      <RoleAndTeamsFields
        roles={choices}
        roleInput={register("role")}
        roleError={errors.role?.message}
        teams={teams}
        teamIds={teamField.field.value}
        onTeamIdsChange={teamField.field.onChange}
        teamsError={errors.team_ids?.message}
      />
      <Button type="submit" pending={saving}>
        Save changes
      </Button>
    </form>
  );
}
