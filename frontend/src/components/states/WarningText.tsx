import type { ReactNode } from "react";

interface WarningTextProps {
  children: ReactNode;
  /** Text that holds paragraphs or lists goes in a div; a sentence is bold, as GOV.UK shows it. */
  block?: boolean;
}

/** GOV.UK warning text: what the person must know before they go on, announced as a warning. */
export function WarningText({ children, block = false }: WarningTextProps) {
  const Text = block ? "div" : "strong";
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <Text className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </Text>
    </div>
  );
}
