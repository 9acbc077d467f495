import type { FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";

import { ApiError } from "@/api/api-error";
import { CANNOT_REACH } from "@/lib/problem";
import type { SummaryError } from "./ErrorSummary";

/** A form field's name and the id of the control an error summary link should focus. */
export interface FieldTarget<T extends FieldValues> {
  name: Path<T>;
  fieldId: string;
}

/** The error summary lines for a react-hook-form's errors, in the fields' order on the page. */
export function summaryErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: readonly FieldTarget<T>[],
  others: readonly string[] = [],
): SummaryError[] {
  const lines: SummaryError[] = [];
  for (const { name, fieldId } of fields) {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    if (typeof message === "string" && message) lines.push({ text: message, fieldId });
  }
  return [...lines, ...others.map((text) => ({ text }))];
}

/** "body.team_ids.0" → "team_ids": the form field a validation error's path points at. */
export function fieldOfPath(path: string): string {
  const parts = path.split(".");
  const start = ["body", "query", "path"].includes(parts[0] ?? "") ? 1 : 0;
  return parts[start] ?? path;
}

/**
 * Puts an API error's field errors (422, or a 409 naming a field) on the form's fields, so
 * they show inline and in the summary. Returns what belongs to no field: the messages to
 * show in the summary alone (the problem's detail when no field was named).
 */
export function applyProblemToForm<T extends FieldValues>(
  error: unknown,
  fields: readonly FieldTarget<T>[],
  setError: UseFormSetError<T>,
): string[] {
  if (!(error instanceof ApiError)) {
    return [CANNOT_REACH];
  }
  const { problem } = error;
  const names = new Set<string>(fields.map((field) => field.name));
  const unplaced: string[] = [];
  let placed = 0;
  for (const { field, message } of problem.errors ?? []) {
    const name = fieldOfPath(field);
    if (names.has(name)) {
      setError(name as Path<T>, { type: "server", message });
      placed += 1;
    } else {
      unplaced.push(message);
    }
  }
  if (placed === 0 && unplaced.length === 0) unplaced.push(problem.detail);
  return unplaced;
}
