import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";

import { ConfirmAction } from "@/components/forms/ConfirmAction";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { SummaryRow } from "@/components/summary-list/SummaryRow";
import { flashState } from "@/lib/flash";
import { formatDateTime } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import {
  type Webhook,
  type WebhookWithSecret,
  useRemoveWebhook,
  useRotateWebhookSecret,
  webhookQueryOptions,
} from "@/features/agency-portal/api/webhooks";
import { DeliveryLog } from "./DeliveryLog";
import { NewSigningSecret } from "./NewSigningSecret";
import { WebhookEventList } from "./WebhookEventList";

/** What the person is being asked to confirm; a rotation carries its own Idempotency-Key. */
type Asking = { action: "rotate"; key: string } | { action: "remove" } | null;

function WebhookSummary({ webhook }: { webhook: Webhook }) {
  return (
    <dl className="govuk-summary-list">
      <SummaryRow label="Address">
        <code className="app-table__cell--break">{webhook.url}</code>
      </SummaryRow>
      <SummaryRow label="Note">{webhook.description || "None"}</SummaryRow>
      <SummaryRow label="Events">
        <WebhookEventList events={webhook.events} />
      </SummaryRow>
      <SummaryRow label="Registered">{formatDateTime(webhook.created_at)}</SummaryRow>
      <SummaryRow label="Signing secret last changed">
        {webhook.secret_rotated_at ? formatDateTime(webhook.secret_rotated_at) : "Never"}
      </SummaryRow>
    </dl>
  );
}

/** One webhook: what it receives, rotating its secret, removing it, and its delivery log. */
export function WebhookDetails({ webhookId }: { webhookId: string }) {
  const webhook = useQuery(webhookQueryOptions(webhookId));
  const rotate = useRotateWebhookSecret(webhookId);
  const remove = useRemoveWebhook(webhookId);
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Asking>(null);
  const [rotated, setRotated] = useState<WebhookWithSecret | null>(null);
  useDocumentTitle("Webhook");

  if (webhook.isError) return <ProblemMessage problem={problemOf(webhook.error, "The webhook")} />;
  if (!webhook.data) return <LoadingMessage>Loading the webhook…</LoadingMessage>;

  const ask = (next: Asking) => {
    rotate.reset();
    remove.reset();
    setRotated(null);
    setAsking(next);
  };
  const cancel = () => {
    setAsking(null);
  };
  const confirm = () => {
    if (asking?.action === "rotate") {
      rotate.mutate(asking.key, {
        onSuccess: setRotated,
        onSettled: cancel,
      });
    } else if (asking?.action === "remove") {
      remove.mutate(undefined, {
        onSuccess: () => {
          void navigate("/agency/webhooks", {
            state: flashState(`The webhook to ${webhook.data.url} has been removed.`),
          });
        },
        onSettled: cancel,
      });
    }
  };
  const failure = rotate.error ?? remove.error;

  return (
    <>
      <h1 className="govuk-heading-l">Webhook</h1>
      {failure ? <ProblemMessage problem={problemOf(failure, "The change")} /> : null}
      {rotated ? <NewSigningSecret title="New signing secret" webhook={rotated} /> : null}
      <WebhookSummary webhook={webhook.data} />
      {asking?.action === "rotate" ? (
        <ConfirmAction
          title="Rotate the signing secret?"
          confirmLabel="Yes, rotate the secret"
          pending={rotate.isPending}
          onConfirm={confirm}
          onCancel={cancel}
        >
          Every event from now on is signed with the new secret. Your system will refuse them until
          it has the new secret, so have it ready to change.
        </ConfirmAction>
      ) : null}
      {asking?.action === "remove" ? (
        <ConfirmAction
          title="Remove this webhook?"
          confirmLabel="Yes, remove it"
          warning
          pending={remove.isPending}
          onConfirm={confirm}
          onCancel={cancel}
        >
          Kindred stops sending events to this address, and deliveries still waiting to be tried
          again are marked failed. This cannot be undone: register the address again to restart.
        </ConfirmAction>
      ) : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            ask({ action: "rotate", key: crypto.randomUUID() });
          }}
        >
          Rotate signing secret
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          onClick={() => {
            ask({ action: "remove" });
          }}
        >
          Remove webhook
        </button>
      </div>
      <DeliveryLog webhookId={webhookId} />
    </>
  );
}
