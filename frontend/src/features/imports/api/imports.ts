import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type ImportJob = components["schemas"]["ImportJobRead"];
export type ImportJobSummary = components["schemas"]["ImportJobSummary"];
export type ReportLine = components["schemas"]["ReportLine"];
type UploadBody = components["schemas"]["Body_upload_ssda903_api_v1_imports_ssda903_post"];

/** Whether an import is still to finish, so its page keeps asking how far it has got. */
export function inProgress(job: ImportJob): boolean {
  return job.status === "queued" || job.status === "running";
}

const POLL_MS = 1000;

/** The council's 50 most recent imports, newest first. */
export const importsQueryOptions = queryOptions({
  queryKey: queryKeys.imports.list,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/imports")),
});

/** One import with its report; asked again every second until it has finished. */
export function importQueryOptions(importId: string) {
  return queryOptions({
    queryKey: queryKeys.imports.detail(importId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/imports/{import_id}", {
          params: { path: { import_id: importId } },
        }),
      ),
    refetchInterval: (query) => {
      const job = query.state.data;
      return job && inProgress(job) ? POLL_MS : false;
    },
  });
}

/** Where an import's report downloads as CSV (every rejection and warning). */
export function reportCsvHref(importId: string): string {
  return `/api/v1/imports/${importId}/report.csv`;
}

/** The return's optional files, by the form field the API reads each from. */
export const CHILD_FILES = [
  { kind: "uasc", label: "UASC file", columns: "CHILD, SEX, DOB and DUC" },
  { kind: "reviews", label: "Reviews file", columns: "CHILD, DOB, REVIEW and REVIEW_CODE" },
  { kind: "missing", label: "Missing file", columns: "CHILD, DOB, MISSING, MIS_START and MIS_END" },
  {
    kind: "oc2",
    label: "OC2 file (health and SDQ)",
    columns: "CHILD, DOB, SDQ_SCORE, SDQ_REASON, CONVICTED, HEALTH_CHECK and the other OC2 columns",
  },
  {
    kind: "oc3",
    label: "OC3 file (care leavers)",
    columns: "CHILD, DOB, IN_TOUCH, ACTIV and ACCOM",
  },
  {
    kind: "placed_adoption",
    label: "Placed for adoption file",
    columns: "CHILD, DOB, DATE_PLACED, DATE_PLACED_CEASED and REASON_PLACED_CEASED",
  },
] as const;

export type ChildFileKind = (typeof CHILD_FILES)[number]["kind"];

export interface ReturnFiles {
  header: File;
  episodes: File;
  /** Those of the optional files chosen. */
  others: Partial<Record<ChildFileKind, File>>;
}

export interface ReturnUpload extends ReturnFiles {
  validRowsOnly: boolean;
  /** A preview: the worker runs the import to its end and writes nothing. */
  dryRun: boolean;
}

/** Uploads a Header and an Episodes file; the answer is the queued import (or preview) job. */
export function useUploadReturn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ header, episodes, others, validRowsOnly, dryRun }: ReturnUpload) => {
      const form = new FormData();
      form.set("header", header);
      form.set("episodes", episodes);
      for (const [kind, file] of Object.entries(others)) form.set(kind, file);
      form.set("valid_rows_only", String(validRowsOnly));
      form.set("dry_run", String(dryRun));
      return dataOrThrow(
        await apiClient.POST("/api/v1/imports/ssda903", {
          // The generated type calls a file a string (OpenAPI's `format: binary`); the
          // browser sends the FormData as multipart with its own boundary.
          body: form as unknown as UploadBody,
          bodySerializer: (body) => body as unknown as FormData,
        }),
      );
    },
    onSuccess: async (job) => {
      queryClient.setQueryData(importQueryOptions(job.id).queryKey, job);
      await queryClient.invalidateQueries({ queryKey: importsQueryOptions.queryKey });
    },
  });
}
