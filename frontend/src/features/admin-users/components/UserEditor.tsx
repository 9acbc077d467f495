import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { StaleVersionNotice } from "@/components/conflict/StaleVersionNotice";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { NotificationBanner } from "@/components/states/NotificationBanner";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { formatDate, formatDateTime } from "@/lib/format";
import { ROLE_LABELS, type Role, STATUS_LABELS, type UserStatus } from "@/lib/labels";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { currentUserFromConflict } from "@/features/admin-users/api/conflict";
import {
  type User,
  type UserUpdate,
  userQueryOptions,
  useUpdateUser,
} from "@/features/admin-users/api/users";
import { AccountStatus } from "./AccountStatus";
import { EditUserForm } from "./EditUserForm";
import type { TeamOption } from "./UserFilters";

interface UserEditorProps {
  userId: string;
  roles: readonly Role[];
  teams: readonly TeamOption[] | undefined;
  onSaved: (user: User) => void;
}

/** What the notice shows of an account someone else saved first. */
const detailsOf = (user: User) =>
  [
    ["Name", user.display_name],
    ["E-mail address", user.email],
    ["Role", ROLE_LABELS[user.role]],
    ["Status", STATUS_LABELS[user.status]],
    ["Teams", user.teams.map((team) => team.name).join(", ") || "None"],
  ] as const;

/**
 * Loads an account and lets an admin change it. Every change sends the version last read;
 * when someone else saved first, their version is shown and can be loaded.
 */
export function UserEditor({ userId, roles, teams, onSaved }: UserEditorProps) {
  const queryClient = useQueryClient();
  const user = useQuery(userQueryOptions(userId));
  const update = useUpdateUser(userId);
  const [conflict, setConflict] = useState<User | null>(null);
  const [statusChanged, setStatusChanged] = useState<UserStatus | null>(null);
  // Remounting the form is how it takes the reloaded values as its defaults.
  const [formGeneration, setFormGeneration] = useState(0);
  useDocumentTitle(user.data ? `Change ${user.data.display_name}` : "Change a user");

  if (user.isPending) return <LoadingMessage>Loading user…</LoadingMessage>;
  if (user.isError) {
    return <ProblemMessage problem={problemOf(user.error, "This user")} />;
  }

  const save = (
    change: UserUpdate,
    onError: (error: unknown) => void,
    onDone: (saved: User) => void,
  ) => {
    setConflict(null);
    setStatusChanged(null);
    update.mutate(
      { ...change, version: user.data.version },
      {
        onSuccess: onDone,
        onError: (error) => {
          const current = currentUserFromConflict(error);
          if (current) setConflict(current);
          else onError(error);
        },
      },
    );
  };

  const reload = () => {
    if (!conflict) return;
    queryClient.setQueryData(userQueryOptions(userId).queryKey, conflict);
    setConflict(null);
    setFormGeneration((generation) => generation + 1);
  };

  const current = user.data;
  return (
    <>
      {conflict ? (
        <StaleVersionNotice
          what="user"
          whose="their"
          current={conflict}
          detailsOf={detailsOf}
          onReload={reload}
        />
      ) : null}
      {statusChanged ? (
        <NotificationBanner
          success
          heading={`${current.display_name}’s account is now ${STATUS_LABELS[statusChanged].toLowerCase()}.`}
        />
      ) : null}
      <h1 className="govuk-heading-l">Change {current.display_name}</h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">E-mail address</dt>
          <dd className="govuk-summary-list__value">{current.email}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Last signed in</dt>
          <dd className="govuk-summary-list__value">
            {current.last_signed_in_at ? formatDateTime(current.last_signed_in_at) : "Never"}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Added</dt>
          <dd className="govuk-summary-list__value">{formatDate(current.created_at)}</dd>
        </div>
      </dl>
      <EditUserForm
        key={formGeneration}
        user={current}
        roles={roles}
        teams={teams}
        saving={update.isPending}
        onSave={(change, onError) => {
          save(change, onError, onSaved);
        }}
      />
      <AccountStatus
        user={current}
        changing={update.isPending}
        onChange={(status, onError, onDone) => {
          save({ status }, onError, () => {
            setStatusChanged(status);
            onDone();
          });
        }}
      />
    </>
  );
}
