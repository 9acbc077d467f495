import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type MyAboutMe = components["schemas"]["AboutMeRead"];
export type AboutMeWrite = components["schemas"]["AboutMeWrite"];
export type Sections = components["schemas"]["Sections"];
export type SectionKey = keyof Sections;
export type SelfRating = components["schemas"]["SelfRating"];
export type ChildFramework = components["schemas"]["ChildFramework"];
export type MyWheel = components["schemas"]["MyWheel"];
export type RedeemRequest = components["schemas"]["RedeemRequest"];
export type YoungPersonSignedIn = components["schemas"]["YoungPersonSignedIn"];

/** What a young person writes and chooses: every part of a save except `based_on`. */
export type AboutMeContent = Omit<AboutMeWrite, "based_on">;

export function contentOf(aboutMe: MyAboutMe): AboutMeContent {
  const selfRatings = Object.fromEntries(
    Object.entries(aboutMe.self_ratings).map(([key, rating]) => [key, { ...rating }]),
  );
  return {
    sections: { ...aboutMe.sections },
    self_ratings: selfRatings,
    share: { ...aboutMe.share },
  };
}

export const myAboutMeQueryOptions = queryOptions({
  queryKey: queryKeys.myVoice.aboutMe,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/me/about-me")),
  // The editor keeps its own copy while it is open: a refetch must not reset it.
  staleTime: Infinity,
});

export const myWheelQueryOptions = queryOptions({
  queryKey: queryKeys.myVoice.wheel,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/me/wheel")),
});

export const myFrameworkQueryOptions = queryOptions({
  queryKey: queryKeys.myVoice.framework,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/me/framework")),
  staleTime: Infinity,
});

/** Saves a whole new version of "About me"; a 409 carries the newer one in `current`. */
export async function saveMyAboutMe(body: AboutMeWrite): Promise<MyAboutMe> {
  return dataOrThrow(await apiClient.PUT("/api/v1/me/about-me", { body }));
}

/** Keeps the cached "About me" in step with each save, for the other pages. */
export function useRememberSaved() {
  const queryClient = useQueryClient();
  return (saved: MyAboutMe) => {
    queryClient.setQueryData(myAboutMeQueryOptions.queryKey, saved);
  };
}

/** Redeems the worker's code with a new PIN: makes the account and signs in. */
export function useRedeemCode() {
  return useMutation({
    mutationFn: async (body: RedeemRequest): Promise<YoungPersonSignedIn> =>
      dataOrThrow(await apiClient.POST("/api/v1/young-people/redeem", { body })),
  });
}
