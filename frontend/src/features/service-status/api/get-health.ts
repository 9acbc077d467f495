import { queryOptions } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type HealthReport = components["schemas"]["HealthRead"];

function isHealthReport(body: unknown): body is HealthReport {
  return typeof body === "object" && body !== null && "status" in body && "database" in body;
}

async function getHealth(): Promise<HealthReport> {
  const result = await apiClient.GET("/api/v1/health");
  // 503 carries a health report saying what is down: a state to show, not a failed request.
  if (result.response.status === 503 && isHealthReport(result.error)) return result.error;
  return dataOrThrow(result);
}

export const healthQueryOptions = queryOptions({
  queryKey: queryKeys.health,
  queryFn: getHealth,
});
