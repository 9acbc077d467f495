import { useState } from "react";

import { Textarea } from "@/components/forms/Textarea";
import { problemFields } from "@/features/referrals/api/problem-fields";
import { type Referral, referralSteps, useReferralStep } from "@/features/referrals/api/referrals";

/** Withdraws the whole referral, with a reason; agencies holding it see it closed. */
export function CloseReferral({ referral }: { referral: Referral }) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const close = useReferralStep(referral.id, (text: string) =>
    referralSteps.close(referral.id, referral.version, text),
  );
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Withdraw this referral</span>
      </summary>
      <div className="govuk-details__text">
        <Textarea
          id="close-reason"
          label="Why it is withdrawn"
          hint="Agencies it was shared with see that it is closed."
          rows={2}
          value={reason}
          error={error}
          onChange={(event) => {
            setReason(event.target.value);
          }}
        />
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={close.isPending}
          onClick={() => {
            if (!reason.trim()) {
              setError("Enter why the referral is withdrawn");
              return;
            }
            setError(undefined);
            close.mutate(reason, {
              onError: (failure) => {
                const { fields, others } = problemFields(failure, ["reason"]);
                setError(fields.reason ?? others.join(" "));
              },
            });
          }}
        >
          Withdraw the referral
        </button>
      </div>
    </details>
  );
}
