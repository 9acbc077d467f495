/** One invalid field in a validation failure. */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem details body: the shape of every error the Kindred API returns. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[] | null;
  request_id?: string | null;
}

/** A non-2xx answer from the API, carrying its problem body. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${String(problem.status)} ${problem.title}: ${problem.detail}`);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== "object" || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate.type === "string" &&
    typeof candidate.title === "string" &&
    typeof candidate.status === "number" &&
    typeof candidate.detail === "string"
  );
}

/**
 * Builds the ApiError for a failed response. A body that is not problem+json (a proxy's
 * HTML error page, an empty 502) still becomes a Problem, so callers handle one shape.
 */
export function apiErrorFrom(response: Response, body: unknown): ApiError {
  if (isProblem(body)) return new ApiError(body);
  const status = [String(response.status), response.statusText].filter(Boolean).join(" ");
  return new ApiError({
    type: "about:blank",
    title: "Sorry, there is a problem with the service",
    status: response.status,
    detail: `The server answered ${status}. Try again later.`,
  });
}

/** Whether `error` is an ApiError with HTTP status `status`. */
export function isApiErrorWithStatus(error: unknown, status: number): error is ApiError {
  return error instanceof ApiError && error.status === status;
}

/**
 * An extension member of a problem (RFC 9457 §3.2), such as the `current` record a 409
 * carries. Extensions are not in the Problem schema, so callers check the value's shape.
 */
export function problemExtension(problem: Problem, name: string): unknown {
  return Object.hasOwn(problem, name)
    ? (problem as unknown as Record<string, unknown>)[name]
    : undefined;
}
