import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";

import { applyProblemToForm, type FieldTarget, summaryErrors } from "./form-errors";

/**
 * What a form needs to show its problems: the error summary's lines and focus, a handler
 * for a failed check, and one for an API error (placed on its fields, the rest summarised).
 */
export function useFormProblems<T extends FieldValues>(
  fields: readonly FieldTarget<T>[],
  setError: UseFormSetError<T>,
) {
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  return {
    focusKey,
    failed,
    summary: (errors: Parameters<typeof summaryErrors<T>>[0]) =>
      summaryErrors(errors, fields, otherErrors),
    clear: () => {
      setOtherErrors([]);
    },
    apiFailed: (error: unknown) => {
      setOtherErrors(applyProblemToForm(error, fields, setError));
      failed();
    },
  };
}
