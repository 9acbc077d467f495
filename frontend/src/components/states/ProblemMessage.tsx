import type { Problem } from "@/api/api-error";

/** Shows an API problem's title and detail, with the request id to quote when asking for help. */
export function ProblemMessage({ problem }: { problem: Problem }) {
  return (
    <div className="govuk-error-summary" role="alert">
      <h3 className="govuk-error-summary__title">{problem.title}</h3>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{problem.detail}</p>
        {problem.request_id ? (
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            Reference: <code>{problem.request_id}</code>
          </p>
        ) : null}
      </div>
    </div>
  );
}
