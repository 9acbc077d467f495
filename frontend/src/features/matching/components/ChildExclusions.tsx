import { useState } from "react";

import { ApiError } from "@/api/api-error";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { type Exclusion, useLiftExclusion } from "@/features/matching/api/matches";

interface ChildExclusionsProps {
  childId: string;
  childName: string;
  exclusions: readonly Exclusion[];
  canChange: boolean;
  onLifted: (householdName: string) => void;
}

/** The households never to propose for the child, with the reasons; each can be lifted. */
export function ChildExclusions({
  childId,
  childName,
  exclusions,
  canChange,
  onLifted,
}: ChildExclusionsProps) {
  const lift = useLiftExclusion(childId);
  const [failure, setFailure] = useState<unknown>(null);
  if (exclusions.length === 0) {
    return <p className="govuk-body">No households are excluded for {childName}.</p>;
  }
  return (
    <>
      {failure instanceof ApiError ? <ProblemMessage problem={failure.problem} /> : null}
      <dl className="govuk-summary-list">
        {exclusions.map((exclusion) => (
          <div className="govuk-summary-list__row" key={exclusion.household_id}>
            <dt className="govuk-summary-list__key">{exclusion.household_name}</dt>
            <dd className="govuk-summary-list__value">{exclusion.reason}</dd>
            {canChange ? (
              <dd className="govuk-summary-list__actions">
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  disabled={lift.isPending}
                  onClick={() => {
                    setFailure(null);
                    lift.mutate(exclusion.household_id, {
                      onSuccess: () => {
                        onLifted(exclusion.household_name);
                      },
                      onError: setFailure,
                    });
                  }}
                >
                  Lift exclusion
                  <span className="govuk-visually-hidden"> of {exclusion.household_name}</span>
                </button>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    </>
  );
}
