import { useEffect, useRef } from "react";

import { SummaryRow } from "@/components/summary-list/SummaryRow";

/** A detail of the saved record to show: its name for the person and its value in words. */
export type StaleVersionDetail = readonly [label: string, value: string];

interface StaleVersionNoticeProps<T> {
  /** What is being edited, for the heading: "user", "household". */
  what: string;
  /** Whose details these are, for the sentence: "their" for a person, "its" for a thing. */
  whose: "their" | "its";
  /** The record as someone else saved it (the 409 response's `current`). */
  current: T;
  /** The details of `current` to show, in order. */
  detailsOf: (current: T) => readonly StaleVersionDetail[];
  onReload: () => void;
}

/**
 * Someone else saved the record first, so the save was refused as stale. Shows what it is now
 * and offers to load it, so the person makes their change again on top of it rather than
 * overwriting unseen. Takes focus each time a newer version arrives.
 */
export function StaleVersionNotice<T>(props: StaleVersionNoticeProps<T>) {
  const { what, whose, current, detailsOf, onReload } = props;
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    notice.current?.focus();
  }, [current]);

  return (
    <div className="govuk-error-summary" ref={notice} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">
          Someone else changed this {what} while you were editing
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            Your changes have not been saved. These are {whose} current details:
          </p>
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            {detailsOf(current).map(([label, value]) => (
              <SummaryRow key={label} label={label}>
                {value}
              </SummaryRow>
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
