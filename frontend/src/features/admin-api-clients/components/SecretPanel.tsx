import { useEffect, useRef, useState } from "react";

import type { ApiClientWithSecret } from "../api/api-clients";

interface SecretPanelProps {
  title: string;
  client: ApiClientWithSecret;
  /** h1 on a confirmation page; h2 when it appears within a page. */
  headingLevel?: 1 | 2;
}

type CopyState = "idle" | "copied" | "failed";

/**
 * A new client secret, shown this once: Kindred keeps only its hash. The panel takes focus
 * when it appears so the warning is read out at once.
 */
export function SecretPanel({ title, client, headingLevel = 2 }: SecretPanelProps) {
  const panel = useRef<HTMLDivElement>(null);
  const [copy, setCopy] = useState<CopyState>("idle");
  useEffect(() => {
    panel.current?.focus();
  }, [client.client_secret]);

  const copySecret = () => {
    navigator.clipboard.writeText(client.client_secret).then(
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
            <dt>Client ID</dt>
            <dd>
              <code>{client.client_id}</code>
            </dd>
            <dt>Client secret</dt>
            <dd>
              <code id="client-secret">{client.client_secret}</code>
            </dd>
          </dl>
        </div>
      </div>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          This secret will not be shown again. Copy it now and keep it somewhere safe, such as a
          password manager. If it is lost, replace it with a new one.
        </strong>
      </div>
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
