import { SecretPanel } from "@/components/secrets/SecretPanel";
import type { WebhookWithSecret } from "@/features/agency-portal/api/webhooks";
import { SignatureGuide } from "./SignatureGuide";

interface NewSigningSecretProps {
  title: string;
  webhook: WebhookWithSecret;
  headingLevel?: 1 | 2;
}

/**
 * A webhook's new signing secret, shown once, with how to check a signature. A retried request
 * gets the same answer without the secret (Kindred never shows it twice): then say so, and how
 * to get a new one.
 */
export function NewSigningSecret({ title, webhook, headingLevel = 2 }: NewSigningSecretProps) {
  if (webhook.signing_secret === null) {
    const Heading = headingLevel === 1 ? "h1" : "h2";
    return (
      <>
        <Heading className={headingLevel === 1 ? "govuk-heading-l" : "govuk-heading-m"}>
          {title}
        </Heading>
        <div className="govuk-inset-text">
          The signing secret was in an earlier answer that did not reach this page, and Kindred
          shows a secret only once. Rotate the secret on the webhook’s page to get a new one.
        </div>
      </>
    );
  }
  return (
    <>
      <SecretPanel
        title={title}
        details={[{ label: "Address", value: webhook.url }]}
        secret={{ label: "Signing secret", value: webhook.signing_secret }}
        headingLevel={headingLevel}
      />
      <SignatureGuide />
    </>
  );
}
