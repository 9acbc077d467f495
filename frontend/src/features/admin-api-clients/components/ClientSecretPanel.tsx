import { SecretPanel } from "@/components/secrets/SecretPanel";
import type { ApiClientWithSecret } from "@/features/admin-api-clients/api/api-clients";

interface ClientSecretPanelProps {
  title: string;
  client: ApiClientWithSecret;
  headingLevel?: 1 | 2 | undefined;
}

/** A new API client secret, shown once beside the client ID it goes with. */
export function ClientSecretPanel({ title, client, headingLevel }: ClientSecretPanelProps) {
  return (
    <SecretPanel
      title={title}
      details={[{ label: "Client ID", value: client.client_id }]}
      secret={{ label: "Client secret", value: client.client_secret }}
      headingLevel={headingLevel}
    />
  );
}
