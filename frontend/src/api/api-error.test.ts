import { describe, expect, it } from "vitest";

import { apiErrorFrom } from "./api-error";

describe("apiErrorFrom", () => {
  it("keeps a problem+json body as the error's problem", () => {
    const problem = {
      type: "https://kindred.example/problems/validation-error",
      title: "Validation error",
      status: 422,
      detail: "1 field is invalid.",
      errors: [{ field: "body.name", message: "Field required" }],
      request_id: "req-1",
    };
    const error = apiErrorFrom(new Response(null, { status: 422 }), problem);
    expect(error.problem).toEqual(problem);
    expect(error.status).toBe(422);
  });

  it("turns a body that is not a problem into one built from the status", () => {
    const error = apiErrorFrom(
      new Response(null, { status: 502, statusText: "Bad Gateway" }),
      "<html>upstream down</html>",
    );
    expect(error.problem).toEqual({
      type: "about:blank",
      title: "Sorry, there is a problem with the service",
      status: 502,
      detail: "The server answered 502 Bad Gateway. Try again later.",
    });
  });
});
