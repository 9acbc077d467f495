import { type Framework, levelText } from "@/lib/current-framework";
import { formatDate } from "@/lib/format";
import type { Assessment } from "@/features/assessments/api/assessments";

interface PreviousLevelProps {
  framework: Framework;
  previous: Assessment["previous_approved"];
  domainKey: string;
  domainName: string;
}

/** The side panel: this domain's level at the child's last approved assessment. */
export function PreviousLevel({ framework, previous, domainKey, domainName }: PreviousLevelProps) {
  const level = previous?.levels[domainKey];
  return (
    <aside className="app-side-panel" aria-labelledby="previous-level-heading">
      <h2 className="govuk-heading-s" id="previous-level-heading">
        Last approved assessment
      </h2>
      {previous && typeof level === "number" ? (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">
            <span className="govuk-visually-hidden">{domainName}: </span>
            <strong>{levelText(framework, level)}</strong>
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            {previous.assessed_on ? `Approved ${formatDate(previous.assessed_on)}` : "Approved"}
            {previous.score ? `, needs score ${previous.score}` : ""}
          </p>
        </>
      ) : (
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          {previous
            ? "Not assessed in this domain before."
            : "This is the child’s first assessment."}
        </p>
      )}
    </aside>
  );
}
