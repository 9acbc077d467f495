import { useState } from "react";

import { DateInput } from "@/components/forms/DateInput";
import { type DateParts, isoDateOf, partsOf } from "@/lib/date-parts";
import { problemFields } from "@/features/referrals/api/problem-fields";
import { type Referral, referralSteps, useReferralStep } from "@/features/referrals/api/referrals";

/** For a referral closed as placed: record the placement's agreed start date. */
export function ConfirmPlacement({ referral }: { referral: Referral }) {
  const [parts, setParts] = useState<DateParts>(partsOf(referral.placement_start_on));
  const [error, setError] = useState<string>();
  const confirm = useReferralStep(referral.id, (startOn: string) =>
    referralSteps.confirmPlacement(referral.id, referral.version, startOn),
  );
  const part = (key: keyof DateParts) => ({
    name: `placement-start-${key}`,
    value: parts[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      setParts({ ...parts, [key]: event.target.value });
    },
  });
  return (
    <>
      <h2 className="govuk-heading-m">Confirm the placement</h2>
      <DateInput
        id="placement-start"
        legend="Placement start date"
        hint="For example, 7 12 2026."
        error={error}
        day={part("day")}
        month={part("month")}
        year={part("year")}
      />
      <button
        type="button"
        className="govuk-button"
        disabled={confirm.isPending}
        onClick={() => {
          const iso = isoDateOf(parts);
          if (!iso) {
            setError("Enter a real date, for example 7 12 2026");
            return;
          }
          setError(undefined);
          confirm.mutate(iso, {
            onError: (failure) => {
              const { fields, others } = problemFields(failure, ["placement_start_on"]);
              setError(fields.placement_start_on ?? others.join(" "));
            },
          });
        }}
      >
        Confirm placement start
      </button>
    </>
  );
}
