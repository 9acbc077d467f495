import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type Assessment = components["schemas"]["AssessmentRead"];
export type AssessmentListItem = components["schemas"]["AssessmentListItem"];
export type AssessmentUpdate = components["schemas"]["AssessmentUpdate"];
export type AssessmentStatus = components["schemas"]["AssessmentStatus"];
export type AssessmentDomain = components["schemas"]["AssessmentDomainRead"];
export type StrengthLevel = components["schemas"]["StrengthLevel"];
export type QueueItem = components["schemas"]["QueueItem"];

/** An autosave's body as the API reads it: `version` and only the fields that changed. */
export type AssessmentPatch = AssessmentUpdate;

export function assessmentQueryOptions(assessmentId: string) {
  return queryOptions({
    queryKey: queryKeys.assessments.detail(assessmentId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/assessments/{assessment_id}", {
          params: { path: { assessment_id: assessmentId } },
        }),
      ),
  });
}

/** A child's assessments, newest first, every status. */
export function childAssessmentsQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.assessments(childId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/assessments", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}

/** The approval queue: submitted assessments of the manager's teams, longest waiting first. */
export function approvalQueueQueryOptions(page: number) {
  return queryOptions({
    queryKey: queryKeys.assessments.submitted(page),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/assessments", {
          params: { query: { status: "submitted", page, page_size: 25 } },
        }),
      ),
  });
}

/** One autosave: only the changed fields, with the version they were based on. */
export async function saveAssessment(
  assessmentId: string,
  body: AssessmentPatch,
): Promise<Assessment> {
  return dataOrThrow(
    await apiClient.PATCH("/api/v1/assessments/{assessment_id}", {
      params: { path: { assessment_id: assessmentId } },
      body,
    }),
  );
}

/**
 * The PATCH of the autosave as a mutation, so that a 401 while editing reaches the session
 * guard like any other request (the editor keeps the edits on the device meanwhile).
 */
export function useSaveAssessment(assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentPatch) => saveAssessment(assessmentId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(assessmentQueryOptions(assessmentId).queryKey, saved);
    },
  });
}

/** Starts a child's next assessment, from their latest approved one when there is one. */
export function useStartAssessment(childId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (fromLatestApproved: boolean) =>
      dataOrThrow(
        await apiClient.POST("/api/v1/children/{child_id}/assessments", {
          params: { path: { child_id: childId } },
          body: { from_latest_approved: fromLatestApproved },
        }),
      ),
    onSuccess: async (started) => {
      queryClient.setQueryData(assessmentQueryOptions(started.id).queryKey, started);
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.detail(childId) });
    },
  });
}

type Step = "submit" | "approve";

/** Submit (practitioner) or approve (manager): a lifecycle step with the version read. */
export function useLifecycleStep(assessment: Pick<Assessment, "id" | "child_id">, step: Step) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) => {
      const params = { path: { assessment_id: assessment.id } };
      const body = { version };
      return dataOrThrow(
        step === "submit"
          ? await apiClient.POST("/api/v1/assessments/{assessment_id}/submit", { params, body })
          : await apiClient.POST("/api/v1/assessments/{assessment_id}/approve", { params, body }),
      );
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(assessmentQueryOptions(assessment.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.assessments.queues });
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.all });
    },
  });
}

/** A manager sends a submitted assessment back with a comment saying what to change. */
export function useReturnAssessment(assessment: Pick<Assessment, "id" | "child_id">) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, comment }: { version: number; comment: string }) =>
      dataOrThrow(
        await apiClient.POST("/api/v1/assessments/{assessment_id}/return", {
          params: { path: { assessment_id: assessment.id } },
          body: { version, comment },
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(assessmentQueryOptions(assessment.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.assessments.queues });
      await queryClient.invalidateQueries({
        queryKey: queryKeys.children.detail(assessment.child_id),
      });
    },
  });
}

/** The framework version an assessment was made with: its levels and descriptors. */
export function frameworkVersionQueryOptions(version: string) {
  return queryOptions({
    queryKey: queryKeys.frameworks.version(version),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/frameworks/{version}", {
          params: { path: { version } },
        }),
      ),
    // A published framework version never changes.
    staleTime: Infinity,
  });
}
