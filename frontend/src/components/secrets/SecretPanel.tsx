import { useEffect, useRef, useState } from "react";
import { WarningText } from "@/components/states/WarningText";

/** One labelled value in the panel, e.g. a client ID or the secret itself. */
export interface SecretPanelValue {
  label: string;
  value: string;
}

interface SecretPanelProps {
  title: string;
  /** What the secret belongs to, shown before it (e.g. the client ID); may be empty. */
  details?: readonly SecretPanelValue[];
  /** The secret: its label and value, the one the copy button copies. */
  secret: SecretPanelValue;
  /** h1 on a confirmation page; h2 when it appears within a page. */
  headingLevel?: 1 | 2 | undefined;
}

type CopyState = "idle" | "copied" | "failed";

/**
 * A new secret, shown this once: Kindred does not show it again. The panel takes focus when it
 * appears so the warning is read out at once. API client secrets and webhook signing secrets
 * both use it.
 */
export function SecretPanel({ title, details = [], secret, headingLevel = 2 }: SecretPanelProps) {
  const panel = useRef<HTMLDivElement>(null);
  const [copy, setCopy] = useState<CopyState>("idle");
  useEffect(() => {
    panel.current?.focus();
  }, [secret.value]);

  const copySecret = () => {
    navigator.clipboard.writeText(secret.value).then(
      () => {
        setCopy("copied");
      },
      () => {
        setCopy("failed");
      },
    );
  };
  const Heading = headingLevel === 1 ? "h1" : "h2";

  return (
    <div className="app-secret">
      <div className="govuk-panel govuk-panel--confirmation" ref={panel} tabIndex={-1}>
        <Heading className="govuk-panel__title">{title}</Heading>
        <div className="govuk-panel__body">
          <dl className="app-secret__values">
            {details.map(({ label, value }) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>
                  <code>{value}</code>
                </dd>
              </div>
            ))}
            <dt>{secret.label}</dt>
            <dd>
              <code id="secret-value">{secret.value}</code>
            </dd>
          </dl>
        </div>
      </div>
      <WarningText>
        This secret will not be shown again. Copy it now and keep it somewhere safe, such as a
        password manager. If it is lost, replace it with a new one.
      </WarningText>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={copySecret}>
        Copy secret
      </button>
      <p className="govuk-body" role="status">
        {copy === "copied" ? "The secret has been copied." : null}
        {copy === "failed"
          ? "The secret could not be copied: select it and copy it yourself."
          : null}
      </p>
    </div>
  );
}
