import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { ConfirmAction } from "@/components/forms/ConfirmAction";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { NotificationBanner } from "@/components/states/NotificationBanner";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import {
  type ApiClient,
  type ApiClientWithSecret,
  apiClientsQueryOptions,
  useRevokeApiClient,
  useRotateSecret,
} from "@/features/admin-api-clients/api/api-clients";
import { ApiClientsTable, type ClientAction } from "./ApiClientsTable";
import { ClientSecretPanel } from "./ClientSecretPanel";

const WHEN_UNREACHABLE = { title: "Sorry, there is a problem" };

type Outcome = { kind: "rotated"; client: ApiClientWithSecret } | { kind: "revoked"; name: string };

/** Lists API clients; rotating a secret or revoking a client asks first. */
export function ApiClientsManager() {
  const clients = useQuery(apiClientsQueryOptions);
  const rotate = useRotateSecret();
  const revoke = useRevokeApiClient();
  const [asking, setAsking] = useState<{ client: ApiClient; action: ClientAction } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (clients.isPending) return <LoadingMessage>Loading API clients…</LoadingMessage>;
  if (clients.isError)
    return <ProblemMessage problem={problemOf(clients.error, WHEN_UNREACHABLE)} />;

  const act = (client: ApiClient, action: ClientAction) => {
    setOutcome(null);
    rotate.reset();
    revoke.reset();
    setAsking({ client, action });
  };
  const confirm = () => {
    if (!asking) return;
    const { client, action } = asking;
    const done = {
      onSettled: () => {
        setAsking(null);
      },
    };
    if (action === "rotate") {
      rotate.mutate(client.id, {
        ...done,
        onSuccess: (rotated) => {
          setOutcome({ kind: "rotated", client: rotated });
        },
      });
    } else {
      revoke.mutate(client.id, {
        ...done,
        onSuccess: () => {
          setOutcome({ kind: "revoked", name: client.name });
        },
      });
    }
  };
  const failure = rotate.error ?? revoke.error;

  return (
    <>
      {failure ? <ProblemMessage problem={problemOf(failure, WHEN_UNREACHABLE)} /> : null}
      {outcome?.kind === "rotated" ? (
        <ClientSecretPanel
          title={`New secret for ${outcome.client.name}`}
          client={outcome.client}
        />
      ) : null}
      {outcome?.kind === "revoked" ? (
        <NotificationBanner success heading={`${outcome.name} has been revoked.`}>
          <p className="govuk-body">
            It can no longer get access tokens, and its tokens have stopped working.
          </p>
        </NotificationBanner>
      ) : null}
      {asking?.action === "rotate" ? (
        <ConfirmAction
          title={`Rotate the secret for ${asking.client.name}?`}
          confirmLabel="Yes, rotate the secret"
          pending={rotate.isPending}
          onConfirm={confirm}
          onCancel={() => {
            setAsking(null);
          }}
        >
          The current secret and every access token issued with it will stop working at once. The
          system will need the new secret to carry on.
        </ConfirmAction>
      ) : null}
      {asking?.action === "revoke" ? (
        <ConfirmAction
          title={`Revoke ${asking.client.name}?`}
          confirmLabel="Yes, revoke it"
          warning
          pending={revoke.isPending}
          onConfirm={confirm}
          onCancel={() => {
            setAsking(null);
          }}
        >
          It will stop working for good: it cannot get access tokens and its current tokens end.
          This cannot be undone.
        </ConfirmAction>
      ) : null}
      {clients.data.length === 0 ? (
        <p className="govuk-body">There are no API clients yet.</p>
      ) : (
        <ApiClientsTable clients={clients.data} onAction={act} />
      )}
    </>
  );
}
