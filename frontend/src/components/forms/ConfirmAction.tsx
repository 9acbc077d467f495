import { type ReactNode, useEffect, useId, useRef } from "react";

import { WarningText } from "@/components/states/WarningText";
import { Button } from "./Button";

interface ConfirmActionProps {
  /** The question, e.g. "Revoke Brightpath case system?". */
  title: string;
  /** What will happen, so the person knows what they agree to. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  /** Red button for actions that take something away. */
  warning?: boolean;
}

/**
 * Asks before an action that is hard to undo. It takes focus when it appears, so keyboard
 * and screen reader users land on the question, and gives it back when it goes.
 */
export function ConfirmAction({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  pending = false,
  warning = false,
}: ConfirmActionProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Whatever opened the question gets focus back when it closes, if it is still there.
    const opener = document.activeElement;
    heading.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <section className="app-confirm" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <WarningText block>{children}</WarningText>
      <div className="govuk-button-group">
        <Button variant={warning ? "warning" : undefined} pending={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
