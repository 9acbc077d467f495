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
import { useDocumentTitle } from "@/lib/use-document-title";
import { type User, type UserCreate, useCreateUser } from "@/features/admin-users/api/users";
import { RoleAndTeamsFields } from "./RoleAndTeamsFields";
import type { TeamOption } from "./UserFilters";
import { displayName, email, password, PASSWORD_MIN, role, teamIds } from "./user-schema";

const schema = z.object({
  display_name: displayName,
  email,
  role,
  team_ids: teamIds,
  password,
});
type Values = z.input<typeof schema>;

const FIELDS: readonly FieldTarget<Values>[] = [
  { name: "display_name", fieldId: "display_name" },
  { name: "email", fieldId: "email" },
  { name: "role", fieldId: "role" },
  { name: "team_ids", fieldId: "team_ids" },
  { name: "password", fieldId: "password" },
];

interface NewUserFormProps {
  roles: readonly Role[];
  teams: readonly TeamOption[] | undefined;
  onCreated: (user: User) => void;
}

/** Add an account: name, e-mail, role, teams and an initial password. */
export function NewUserForm({ roles, teams, onCreated }: NewUserFormProps) {
  const createUser = useCreateUser();
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, control, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { display_name: "", email: "", team_ids: [], password: "" },
  });
  const teamField = useController({ control, name: "team_ids" });
  const { errors } = formState;

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    createUser.mutate({ ...values, role: values.role as Role } satisfies UserCreate, {
      onSuccess: onCreated,
      onError: (error) => {
        setOtherErrors(applyProblemToForm(error, FIELDS, setError));
        failed();
      },
    });
  }, failed);

  const summary = summaryErrors(errors, FIELDS, otherErrors);
  useDocumentTitle(summary.length > 0 ? "Error: Add a user" : "Add a user");

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-l">Add a user</h1>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="display_name"
          label="Full name"
          autoComplete="off"
          spellCheck={false}
          error={errors.display_name?.message}
          {...register("display_name")}
        />
        <TextInput
          id="email"
          label="E-mail address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          hint="They sign in with this address."
          error={errors.email?.message}
          {...register("email")}
        />
        <RoleAndTeamsFields
          roles={roles}
          roleInput={register("role")}
          roleError={errors.role?.message}
          teams={teams}
          teamIds={teamField.field.value}
          onTeamIdsChange={teamField.field.onChange}
          teamsError={errors.team_ids?.message}
        />
        <TextInput
          id="password"
          label="Initial password"
          type="password"
          autoComplete="new-password"
          widthClass="govuk-!-width-two-thirds"
          hint={`At least ${String(PASSWORD_MIN)} characters. A few ordinary words together work well. Avoid common passwords and the person’s name. Give it to them in a secure way.`}
          error={errors.password?.message}
          {...register("password")}
        />
        <Button type="submit" pending={createUser.isPending}>
          Add user
        </Button>
      </form>
    </>
  );
}
