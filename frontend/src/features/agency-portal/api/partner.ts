import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";
import { idempotencyHeaders } from "./idempotency";

type Schemas = components["schemas"];
export type PartnerReferral = Schemas["PartnerReferral"];
export type Offer = Schemas["OfferRead"];
export type OfferCreate = Schemas["OfferCreate"];
export type OfferChange = { version: number } & Partial<Omit<Schemas["OfferUpdate"], "version">>;

export function sharedReferralsQueryOptions(
  status: "open" | "closed" | undefined,
  cursor?: string,
) {
  return queryOptions({
    queryKey: queryKeys.partner.referrals({ status, cursor }),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/partner/referrals", {
          params: { query: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function sharedReferralQueryOptions(referralId: string) {
  return queryOptions({
    queryKey: queryKeys.partner.referral(referralId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/partner/referrals/{referral_id}", {
          params: { path: { referral_id: referralId } },
        }),
      ),
  });
}

/** My agency's offers, all of them or those on one referral (first 100: plenty for a page). */
export function myOffersQueryOptions(referralId?: string) {
  return queryOptions({
    queryKey: queryKeys.partner.offers(referralId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/partner/offers", {
          params: { query: { limit: 100, ...(referralId ? { referral_id: referralId } : {}) } },
        }),
      ),
  });
}

function useOfferMutation<Input>(run: (input: Input) => Promise<Offer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.partner.allOffers });
    },
  });
}

export function useMakeOffer(referralId: string) {
  return useOfferMutation(async ({ body, key }: { body: OfferCreate; key: string }) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/partner/referrals/{referral_id}/offers", {
        params: { path: { referral_id: referralId }, header: idempotencyHeaders(key) },
        body,
      }),
    ),
  );
}

export function useChangeOffer(offerId: string) {
  return useOfferMutation(async (body: OfferChange) =>
    dataOrThrow(
      await apiClient.PATCH("/api/v1/partner/offers/{offer_id}", {
        params: { path: { offer_id: offerId } },
        body: body,
      }),
    ),
  );
}

export function useWithdrawOffer(offerId: string) {
  return useOfferMutation(async ({ version, key }: { version: number; key: string }) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/partner/offers/{offer_id}/withdraw", {
        params: { path: { offer_id: offerId }, header: idempotencyHeaders(key) },
        body: { version, reason: "" },
      }),
    ),
  );
}
