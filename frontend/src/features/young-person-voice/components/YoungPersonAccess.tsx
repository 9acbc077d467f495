import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { ConfirmAction } from "@/components/forms/ConfirmAction";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { formatDateTime } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import {
  type AccountStatus,
  type InvitationCreated,
  useChangeAccountStatus,
  useInviteYoungPerson,
  type YoungPersonAccount,
  youngPersonAccountQueryOptions,
} from "@/features/young-person-voice/api/worker-view";

const STATUS_TEXT = { active: "Active", paused: "Paused", ended: "Ended" } as const;

/** Pausing an open account, or reopening a paused one; an ended one stays ended. */
const TOGGLES: Partial<Record<AccountStatus, { label: string; to: AccountStatus }>> = {
  active: { label: "Pause account", to: "paused" },
  paused: { label: "Reopen account", to: "active" },
};

/** The new code, shown once: the API keeps only a hash of it. */
function NewCode({ invitation, name }: { invitation: InvitationCreated; name: string }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation app-invite-code" role="status">
      <h3 className="govuk-panel__title">
        Code for {name}: <span className="app-invite-code__code">{invitation.code}</span>
      </h3>
      <div className="govuk-panel__body">
        They type it at {window.location.origin}
        {invitation.redeem_path}. It works once, until {formatDateTime(invitation.expires_at)}. This
        is the only time it is shown.
      </div>
    </div>
  );
}

function AccountSummary({ account }: { account: YoungPersonAccount }) {
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Account</dt>
        <dd className="govuk-summary-list__value">{STATUS_TEXT[account.status]}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Sign-in name</dt>
        <dd className="govuk-summary-list__value">{account.username}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Last signed in</dt>
        <dd className="govuk-summary-list__value">
          {account.last_signed_in_at ? formatDateTime(account.last_signed_in_at) : "Never"}
        </dd>
      </div>
    </dl>
  );
}

/**
 * The worker's side of a young person's account: invite them (a one-time code), see the
 * account, and pause, reopen or end it. Pausing or ending signs them out at once.
 */
export function YoungPersonAccess({ childId, name }: { childId: string; name: string }) {
  const account = useQuery(youngPersonAccountQueryOptions(childId));
  const invite = useInviteYoungPerson(childId);
  const change = useChangeAccountStatus(childId);
  const [confirmingEnd, setConfirmingEnd] = useState(false);

  if (account.isError) return <ProblemMessage problem={problemOf(account.error, "The account")} />;
  if (account.data === undefined) return <LoadingMessage>Loading the account…</LoadingMessage>;
  const current = account.data;
  const canInvite = current === null || current.status === "ended";
  const toggle = current ? TOGGLES[current.status] : undefined;
  const error = invite.error ?? change.error;
  return (
    <>
      {error ? <ProblemMessage problem={problemOf(error, "The change")} /> : null}
      {current ? <AccountSummary account={current} /> : null}
      {invite.data ? <NewCode invitation={invite.data} name={name} /> : null}
      {confirmingEnd ? (
        <ConfirmAction
          title={`End ${name}’s account?`}
          confirmLabel="End account"
          warning
          pending={change.isPending}
          onConfirm={() => {
            change.mutate("ended", {
              onSettled: () => {
                setConfirmingEnd(false);
              },
            });
          }}
          onCancel={() => {
            setConfirmingEnd(false);
          }}
        >
          They are signed out and cannot sign in again. Their “About me” is kept. To give them
          access again, invite them again.
        </ConfirmAction>
      ) : (
        <div className="govuk-button-group">
          {canInvite ? (
            <button
              type="button"
              className="govuk-button"
              disabled={invite.isPending}
              onClick={() => {
                invite.mutate();
              }}
            >
              {invite.data ? "Make a new code" : `Invite ${name}`}
            </button>
          ) : null}
          {toggle ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={change.isPending}
              onClick={() => {
                change.mutate(toggle.to);
              }}
            >
              {toggle.label}
            </button>
          ) : null}
          {current && current.status !== "ended" ? (
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              onClick={() => {
                setConfirmingEnd(true);
              }}
            >
              End account
            </button>
          ) : null}
        </div>
      )}
    </>
  );
}
