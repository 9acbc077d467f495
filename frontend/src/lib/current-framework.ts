import { queryOptions } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "./query-keys";

export type Framework = components["schemas"]["FrameworkRead"];
export type FrameworkDomain = components["schemas"]["DomainRead"];

/**
 * The council's current needs framework: the domains in wheel order, their names and level
 * descriptors. Names come from here, never from the code, as a framework is data.
 */
export const currentFrameworkQueryOptions = queryOptions({
  queryKey: queryKeys.frameworks.current,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/frameworks/current")),
  // A framework version changes rarely, and never under an open page's feet.
  staleTime: 10 * 60_000,
});

/** "3 – High": a level with the framework's general label for it. */
export function levelText(framework: Framework, level: number): string {
  const label = framework.levels.find((entry) => entry.level === level)?.label;
  return label ? `${String(level)} – ${label}` : String(level);
}

/** A domain's name by key; the key itself if this framework version does not have it. */
export function domainName(framework: Framework, key: string): string {
  return framework.domains.find((domain) => domain.key === key)?.name ?? key;
}
