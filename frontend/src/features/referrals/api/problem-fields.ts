import { ApiError } from "@/api/api-error";
import { fieldOfPath } from "@/components/forms/form-errors";
import { CANNOT_REACH } from "@/lib/problem";

export interface ProblemFields {
  /** Field name → the API's message for it. */
  fields: Record<string, string>;
  /** What names no field: the problem's detail when nothing else was said. */
  others: string[];
}

/** A failed request's messages, split into those for a named field and the rest. */
export function problemFields(error: unknown, known: readonly string[]): ProblemFields {
  if (!(error instanceof ApiError)) {
    return {
      fields: {},
      others: [CANNOT_REACH],
    };
  }
  const fields: Record<string, string> = {};
  const others: string[] = [];
  for (const { field, message } of error.problem.errors ?? []) {
    const name = fieldOfPath(field);
    if (known.includes(name)) fields[name] = message;
    else others.push(message);
  }
  if (Object.keys(fields).length === 0 && others.length === 0) others.push(error.problem.detail);
  return { fields, others };
}
