import type { ReactNode } from "react";

interface EditOrAddProps {
  /** The form changing a record, with its heading; null when nothing is being changed. */
  editing: ReactNode;
  onCancel: () => void;
  /** The link text that opens the form adding one. */
  addLabel: string;
  add: ReactNode;
}

/**
 * A list's one form at a time: the record being changed, or a closed "add one" form. One
 * at a time, so the fields' ids stay unique on the page.
 */
export function EditOrAdd({ editing, onCancel, addLabel, add }: EditOrAddProps) {
  if (editing) {
    return (
      <>
        {editing}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </>
    );
  }
  return (
    <details className="govuk-details app-no-print">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{addLabel}</span>
      </summary>
      <div className="govuk-details__text">{add}</div>
    </details>
  );
}
