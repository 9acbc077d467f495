import { useEffect, useRef } from "react";

import { ROLE_LABELS, STATUS_LABELS } from "@/lib/labels";
import type { User } from "@/features/admin-users/api/users";

interface ConflictNoticeProps {
  current: User;
  onReload: () => void;
}

/**
 * Someone else saved the account first. Shows what it is now and offers to load it, so the
 * person makes their change again on top of it rather than overwriting unseen.
 */
export function ConflictNotice({ current, onReload }: ConflictNoticeProps) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    notice.current?.focus();
  }, [current]);

  const rows = [
    ["Name", current.display_name],
    ["E-mail address", current.email],
    ["Role", ROLE_LABELS[current.role]],
    ["Status", STATUS_LABELS[current.status]],
    ["Teams", current.teams.map((team) => team.name).join(", ") || "None"],
  ] as const;

  return (
    <div className="govuk-error-summary" ref={notice} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">
          Someone else changed this user while you were editing
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            Your changes have not been saved. These are their current details:
          </p>
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            {rows.map(([key, value]) => (
              <div className="govuk-summary-list__row" key={key}>
                <dt className="govuk-summary-list__key">{key}</dt>
                <dd className="govuk-summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={onReload}>
            Load their changes
          </button>
        </div>
      </div>
    </div>
  );
}
