import { ApiError } from "@/api/api-error";

// Where the API's field paths differ from the form's field names.
const FORM_FIELD_OF: Readonly<Record<string, string>> = {
  "body.weekly_fee_pence": "body.weekly_fee",
  "body.terms.age_min": "body.age_min",
  "body.terms.age_max": "body.age_max",
  "body.terms.places": "body.places",
  "body.terms.approved_types": "body.approved_types",
  "body.terms": "body.age_max",
};

function formPath(path: string): string {
  for (const [api, form] of Object.entries(FORM_FIELD_OF)) {
    if (path === api || path.startsWith(`${api}.`)) return form;
  }
  return path;
}

/**
 * The same error with the API's field paths renamed to the household form's fields
 * (`body.terms.age_min` → `body.age_min`), so its messages land on the right fields.
 */
export function withFormFieldPaths(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  return new ApiError({
    ...error.problem,
    errors: error.problem.errors.map((fieldError) => ({
      ...fieldError,
      field: formPath(fieldError.field),
    })),
  });
}
