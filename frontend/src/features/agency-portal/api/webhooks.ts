import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";
import { idempotencyHeaders } from "./idempotency";

type Schemas = components["schemas"];
export type Webhook = Schemas["WebhookRead"];
export type WebhookWithSecret = Schemas["WebhookWithSecret"];
export type WebhookCreate = Schemas["WebhookCreate"];
export type WebhookEvent = Schemas["EventType"];
export type Delivery = Schemas["DeliveryRead"];

/** How often an open delivery log looks again while something is still to be retried. */
const PENDING_REFRESH_MS = 15_000;

/** My agency's webhooks (never their secrets). */
export const webhooksQueryOptions = queryOptions({
  queryKey: queryKeys.partner.webhooks.list,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/partner/webhooks")),
});

export function webhookQueryOptions(webhookId: string) {
  return queryOptions({
    queryKey: queryKeys.partner.webhooks.one(webhookId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/partner/webhooks/{webhook_id}", {
          params: { path: { webhook_id: webhookId } },
        }),
      ),
  });
}

/**
 * A page of a webhook's delivery log, newest first. While a delivery on it is pending the
 * page refreshes itself, so the person sees retries land without reloading.
 */
export function deliveriesQueryOptions(webhookId: string, cursor?: string) {
  return queryOptions({
    queryKey: queryKeys.partner.webhooks.deliveries(webhookId, cursor),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/partner/webhooks/{webhook_id}/deliveries", {
          params: {
            path: { webhook_id: webhookId },
            query: { limit: 25, ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.items.some((delivery) => delivery.status === "pending")
        ? PENDING_REFRESH_MS
        : false,
  });
}

function useWebhookMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.partner.webhooks.all });
    },
  });
}

/** Registers a webhook; the answer holds its signing secret, this once. */
export function useRegisterWebhook() {
  return useWebhookMutation(async ({ body, key }: { body: WebhookCreate; key: string }) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/partner/webhooks", {
        params: { header: idempotencyHeaders(key) },
        body,
      }),
    ),
  );
}

/** A new signing secret for the webhook, shown this once. */
export function useRotateWebhookSecret(webhookId: string) {
  return useWebhookMutation(async (key: string) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/partner/webhooks/{webhook_id}/rotate-secret", {
        params: { path: { webhook_id: webhookId }, header: idempotencyHeaders(key) },
      }),
    ),
  );
}

/** Stops events to the webhook; the API marks its pending deliveries failed. */
export function useRemoveWebhook(webhookId: string) {
  return useWebhookMutation(async () => {
    dataOrThrow(
      await apiClient.DELETE("/api/v1/partner/webhooks/{webhook_id}", {
        params: { path: { webhook_id: webhookId } },
      }),
    );
  });
}
