import { useState } from "react";

import { ApiError } from "@/api/api-error";
import { ConfirmAction } from "@/components/forms/ConfirmAction";
import type { UserStatus } from "@/lib/labels";
import type { User } from "@/features/admin-users/api/users";
import { StatusTag } from "./roles";

interface StatusChange {
  to: UserStatus;
  button: string;
  question: (name: string) => string;
  consequence: string;
  warning: boolean;
}

const PAUSE: StatusChange = {
  to: "paused",
  button: "Pause account",
  question: (name) => `Pause ${name}’s account?`,
  consequence:
    "They will be signed out everywhere and cannot sign in until an administrator reactivates the account.",
  warning: true,
};
const END: StatusChange = {
  to: "ended",
  button: "End account",
  question: (name) => `End ${name}’s account?`,
  consequence:
    "They will be signed out everywhere and cannot sign in. Use this when someone leaves. Their work stays on record.",
  warning: true,
};
const REACTIVATE: StatusChange = {
  to: "active",
  button: "Reactivate account",
  question: (name) => `Reactivate ${name}’s account?`,
  consequence: "They will be able to sign in again with their existing password.",
  warning: false,
};

const CHANGES: Record<UserStatus, readonly StatusChange[]> = {
  active: [PAUSE, END],
  paused: [REACTIVATE, END],
  ended: [REACTIVATE],
};

interface AccountStatusProps {
  user: User;
  onChange: (status: UserStatus, onError: (error: unknown) => void, onDone: () => void) => void;
  changing: boolean;
}

/** The account's status, and pausing, ending or reactivating it after a confirmation. */
export function AccountStatus({ user, onChange, changing }: AccountStatusProps) {
  const [asking, setAsking] = useState<StatusChange | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = (change: StatusChange) => {
    setFailure(null);
    onChange(
      change.to,
      (error) => {
        setAsking(null);
        const problem = error instanceof ApiError ? error.problem : null;
        setFailure(
          problem?.errors?.[0]?.message ??
            problem?.detail ??
            "Kindred could not be reached. Try again.",
        );
      },
      () => {
        setAsking(null);
      },
    );
  };

  return (
    <section aria-labelledby="account-status-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="account-status-heading">
        Account status
      </h2>
      <p className="govuk-body">
        This account is <StatusTag status={user.status} />
      </p>
      {failure ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failure}
        </p>
      ) : null}
      {asking ? (
        <ConfirmAction
          title={asking.question(user.display_name)}
          confirmLabel={`Yes, ${asking.button.toLowerCase()}`}
          warning={asking.warning}
          pending={changing}
          onConfirm={() => {
            confirm(asking);
          }}
          onCancel={() => {
            setAsking(null);
          }}
        >
          {asking.consequence}
        </ConfirmAction>
      ) : null}
      <div className="govuk-button-group">
        {CHANGES[user.status].map((change) => (
          <button
            key={change.to}
            type="button"
            className={
              change.warning
                ? "govuk-button govuk-button--warning"
                : "govuk-button govuk-button--secondary"
            }
            onClick={() => {
              setFailure(null);
              setAsking(change);
            }}
          >
            {change.button}
          </button>
        ))}
      </div>
    </section>
  );
}
