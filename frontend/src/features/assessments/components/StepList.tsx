import type { Assessment } from "@/features/assessments/api/assessments";
import type { DomainErrors } from "./submit-checks";

interface StepListProps {
  draft: Assessment;
  step: number;
  errors: DomainErrors;
  hrefFor: (step: number) => string;
  onStep: (step: number) => void;
}

function stateOf(domain: Assessment["domains"][number], errors: DomainErrors): string {
  if (errors[domain.key]) return "Needs attention";
  return domain.need_level === null ? "Not started" : `Level ${String(domain.need_level)}`;
}

/** Every step of the assessment with how far it has got, to jump to any of them. */
export function StepList({ draft, step, errors, hrefFor, onStep }: StepListProps) {
  const finalStep = draft.domains.length + 1;
  const item = (target: number, label: string, state?: string) => (
    <li key={target} className="app-step-list__item">
      <a
        className="govuk-link govuk-link--no-visited-state"
        href={hrefFor(target)}
        aria-current={target === step ? "step" : undefined}
        onClick={(event) => {
          event.preventDefault();
          onStep(target);
        }}
      >
        {target === step ? <strong>{label}</strong> : label}
      </a>
      {state ? <span className="app-step-list__state govuk-body-s"> {state}</span> : null}
    </li>
  );
  return (
    <nav className="app-step-list" aria-label="Assessment sections">
      <h2 className="govuk-heading-s">Sections</h2>
      <ol className="govuk-list govuk-list--number govuk-body-s">
        {draft.domains.map((domain, index) =>
          item(index + 1, domain.name, stateOf(domain, errors)),
        )}
        {item(finalStep, "Summary and submit")}
      </ol>
    </nav>
  );
}
