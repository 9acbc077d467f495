import { keepPreviousData, queryOptions } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components, paths } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type AuditEvent = components["schemas"]["AuditEventRead"];
export type AuditAction = components["schemas"]["AuditAction"];
export type Outcome = components["schemas"]["Outcome"];
export type AuditQuery = NonNullable<paths["/api/v1/audit-events"]["get"]["parameters"]["query"]>;

/** One page of the council's audit log, newest first. Each search is itself audited. */
export function auditEventsQueryOptions(query: AuditQuery) {
  return queryOptions({
    queryKey: queryKeys.auditEvents(query),
    queryFn: async () =>
      dataOrThrow(await apiClient.GET("/api/v1/audit-events", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
