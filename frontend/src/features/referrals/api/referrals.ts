import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";
import type { ReferralStatus } from "@/lib/referral-labels";

type Schemas = components["schemas"];
export type Referral = Schemas["ReferralRead"];
export type ReferralListItem = Schemas["ReferralListItem"];
/** A new draft: the purpose, the rest optional. */
export type ReferralCreate = Schemas["ReferralCreate"];
export type OfferComparison = Schemas["OfferComparison"];
export type ComparedOffer = Schemas["ComparedOffer"];
export type Share = Schemas["ShareRead"];

/** A draft's change as the API reads it: `version` and only the fields that changed. */
export type ReferralPatch = Schemas["ReferralUpdate"];

export interface ReferralSearch {
  status?: ReferralStatus | undefined;
  /** Only this child's referrals. */
  childId?: string | undefined;
  page: number;
}

export function referralListQueryOptions({ status, childId, page }: ReferralSearch) {
  return queryOptions({
    queryKey: queryKeys.referrals.list({ status, childId, page }),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/referrals", {
          params: {
            query: {
              page,
              ...(status ? { status } : {}),
              ...(childId ? { child_id: childId } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function referralQueryOptions(referralId: string) {
  return queryOptions({
    queryKey: queryKeys.referrals.detail(referralId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/referrals/{referral_id}", {
          params: { path: { referral_id: referralId } },
        }),
      ),
  });
}

/** Exactly what agencies see (or will see once it is approved). */
export function previewQueryOptions(referralId: string, version: number) {
  return queryOptions({
    queryKey: queryKeys.referrals.preview(referralId, version),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/referrals/{referral_id}/preview", {
          params: { path: { referral_id: referralId } },
        }),
      ),
  });
}

export function offersQueryOptions(referralId: string) {
  return queryOptions({
    queryKey: queryKeys.referrals.offers(referralId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/referrals/{referral_id}/offers", {
          params: { path: { referral_id: referralId } },
        }),
      ),
  });
}

export const partnerAgenciesQueryOptions = queryOptions({
  queryKey: queryKeys.referrals.partnerAgencies,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/partner-agencies")),
  staleTime: 5 * 60_000,
});

export function useStartReferral(childId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReferralCreate) =>
      dataOrThrow(
        await apiClient.POST("/api/v1/children/{child_id}/referrals", {
          params: { path: { child_id: childId } },
          body,
        }),
      ),
    onSuccess: async (referral) => {
      queryClient.setQueryData(queryKeys.referrals.detail(referral.id), referral);
      await queryClient.invalidateQueries({ queryKey: queryKeys.referrals.lists });
    },
  });
}

/** Saves a draft's changes (autosave); the answer becomes the cached referral. */
export async function saveReferral(referralId: string, body: ReferralPatch): Promise<Referral> {
  return dataOrThrow(
    await apiClient.PATCH("/api/v1/referrals/{referral_id}", {
      params: { path: { referral_id: referralId } },
      body: body,
    }),
  );
}

/**
 * A step that changes a referral (submit, approve, return, share, close, accept, confirm):
 * its answer is the referral now, so the page shows it at once and lists ask again.
 */
export function useReferralStep<Input>(
  referralId: string,
  step: (input: Input) => Promise<Referral>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: step,
    onSuccess: async (referral) => {
      queryClient.setQueryData(queryKeys.referrals.detail(referralId), referral);
      await queryClient.invalidateQueries({ queryKey: queryKeys.referrals.all });
    },
  });
}

const path = (referralId: string) => ({ params: { path: { referral_id: referralId } } });

export const referralSteps = {
  submit: async (referralId: string, version: number) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/referrals/{referral_id}/submit", {
        ...path(referralId),
        body: { version },
      }),
    ),
  approve: async (referralId: string, body: Schemas["ApproveAndShare"]) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/referrals/{referral_id}/approve", {
        ...path(referralId),
        body,
      }),
    ),
  returnForChanges: async (referralId: string, body: Schemas["ReturnForChanges"]) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/referrals/{referral_id}/return", {
        ...path(referralId),
        body,
      }),
    ),
  share: async (referralId: string, agencyIds: string[]) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/referrals/{referral_id}/shares", {
        ...path(referralId),
        body: { agency_ids: agencyIds },
      }),
    ),
  withdrawShare: async (referralId: string, shareId: string) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/referrals/{referral_id}/shares/{share_id}/withdraw", {
        params: { path: { referral_id: referralId, share_id: shareId } },
        body: {},
      }),
    ),
  close: async (referralId: string, version: number, reason: string) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/referrals/{referral_id}/close", {
        ...path(referralId),
        body: { version, reason, outcome: "withdrawn" },
      }),
    ),
  accept: async (referralId: string, offerId: string, body: Schemas["OfferAccept"]) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/referrals/{referral_id}/offers/{offer_id}/accept", {
        params: { path: { referral_id: referralId, offer_id: offerId } },
        body,
      }),
    ),
  confirmPlacement: async (referralId: string, version: number, startOn: string) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/referrals/{referral_id}/placement", {
        ...path(referralId),
        body: { version, placement_start_on: startOn },
      }),
    ),
};

/** Shortlist or decline: the answer is the comparison now. */
export function useOfferDecision(referralId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ offerId, reason }: { offerId: string; reason?: string }) => {
      const params = { path: { referral_id: referralId, offer_id: offerId } };
      return dataOrThrow(
        reason === undefined
          ? await apiClient.POST("/api/v1/referrals/{referral_id}/offers/{offer_id}/shortlist", {
              params,
            })
          : await apiClient.POST("/api/v1/referrals/{referral_id}/offers/{offer_id}/decline", {
              params,
              body: { reason },
            }),
      );
    },
    onSuccess: (comparison) => {
      queryClient.setQueryData(offersQueryOptions(referralId).queryKey, comparison);
    },
  });
}
