import { type Framework, levelText } from "@/lib/current-framework";
import { formatDate } from "@/lib/format";
import type { Assessment } from "@/features/assessments/api/assessments";
import { StatusTag } from "./StatusTag";

interface AssessmentReviewProps {
  assessment: Assessment;
  framework: Framework;
}

function strengthText(framework: Framework, key: string): string {
  return framework.strength_levels.find((strength) => strength.key === key)?.label ?? key;
}

function Figures({ assessment }: { assessment: Assessment }) {
  const score = assessment.score ?? assessment.preview?.score;
  const previous = assessment.previous_approved;
  const rows: [string, string][] = [
    ["Needs score", score ? `${score} out of 100` : "Not every domain has a level"],
    [
      "Previous approved score",
      previous?.score
        ? `${previous.score}${previous.assessed_on ? ` (${formatDate(previous.assessed_on)})` : ""}`
        : "None: this is the first assessment",
    ],
    ["Written by", assessment.created_by.display_name],
  ];
  if (assessment.submitted_at) {
    rows.push([
      "Submitted",
      `${formatDate(assessment.submitted_at)}${assessment.submitted_by ? ` by ${assessment.submitted_by.display_name}` : ""}`,
    ]);
  }
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Status</dt>
        <dd className="govuk-summary-list__value">
          <StatusTag status={assessment.status} />
        </dd>
      </div>
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * An assessment to read, or to decide on: each domain's level next to the previous approved
 * one (changes marked in words), with the evidence and strengths, then the texts.
 */
export function AssessmentReview({ assessment, framework }: AssessmentReviewProps) {
  const previous = assessment.previous_approved?.levels;
  const changed = assessment.domains.filter(
    (domain) => previous && domain.need_level !== (previous[domain.key] ?? null),
  ).length;
  return (
    <>
      <Figures assessment={assessment} />
      <table className="govuk-table govuk-table--small-text-until-tablet app-review-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Needs by domain
          <span className="govuk-caption-s">
            {previous
              ? `${String(changed)} of ${String(assessment.domains.length)} levels changed since the previous approved assessment`
              : "The child’s first assessment"}
          </span>
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Domain
            </th>
            <th scope="col" className="govuk-table__header">
              Previous level
            </th>
            <th scope="col" className="govuk-table__header">
              Level now
            </th>
            <th scope="col" className="govuk-table__header">
              Evidence and strength
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {assessment.domains.map((domain) => {
            const before = previous?.[domain.key];
            const isChanged = previous !== undefined && domain.need_level !== (before ?? null);
            return (
              <tr
                className={`govuk-table__row${isChanged ? " app-review-table__row--changed" : ""}`}
                key={domain.key}
              >
                <th scope="row" className="govuk-table__header">
                  {domain.name}
                </th>
                <td className="govuk-table__cell">
                  {typeof before === "number" ? levelText(framework, before) : "–"}
                </td>
                <td className="govuk-table__cell">
                  {domain.need_level === null
                    ? "Not chosen"
                    : levelText(framework, domain.need_level)}
                  {isChanged ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--yellow">Changed</strong>
                    </>
                  ) : null}
                </td>
                <td className="govuk-table__cell app-table__cell--break">
                  {domain.evidence || <span className="app-secondary-text">No evidence given</span>}
                  <span className="govuk-body-s app-block govuk-!-margin-top-1">
                    Strength: {strengthText(framework, domain.strength_level)}
                    {domain.strength_notes ? ` – ${domain.strength_notes}` : ""}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2 className="govuk-heading-m">Summary</h2>
      <p className="govuk-body app-pre-line">{assessment.summary || "Not written."}</p>
      <h2 className="govuk-heading-m">Aspirations</h2>
      <p className="govuk-body app-pre-line">{assessment.aspirations || "Not written."}</p>
      <h2 className="govuk-heading-m">What helps</h2>
      <p className="govuk-body app-pre-line">{assessment.what_helps || "Not written."}</p>
    </>
  );
}
