/** A table row's "Change" button; `what` names the row for screen readers. */
export function ChangeButton({ what, onClick }: { what: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
      onClick={onClick}
    >
      Change<span className="govuk-visually-hidden"> {what}</span>
    </button>
  );
}
