import { describe, expect, it, vi } from "vitest";

import { ApiError } from "@/api/api-error";
import { applyProblemToForm, fieldOfPath, summaryErrors } from "./form-errors";

interface Values {
  email: string;
  team_ids: string[];
  password: string;
}

const FIELDS = [
  { name: "email", fieldId: "email" },
  { name: "team_ids", fieldId: "team_ids" },
  { name: "password", fieldId: "password" },
] as const;

function validationError(
  errors: { field: string; message: string }[],
  detail = "Check these fields.",
) {
  return new ApiError({
    type: "https://kindred.example/problems/validation-error",
    title: "Your request has invalid fields",
    status: 422,
    detail,
    errors,
  });
}

describe("fieldOfPath", () => {
  it.each([
    ["body.password", "password"],
    ["body.team_ids.0", "team_ids"],
    ["query.page", "page"],
    ["name", "name"],
  ])("reads %s as the field %s", (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });
});

describe("applyProblemToForm", () => {
  it("puts each field error on its field and returns the rest", () => {
    const setError = vi.fn();
    const rest = applyProblemToForm<Values>(
      validationError([
        { field: "body.password", message: "Use at least 12 characters." },
        { field: "body.team_ids.1", message: "No such team." },
        { field: "body.nickname", message: "Extra inputs are not permitted" },
      ]),
      FIELDS,
      setError,
    );
    expect(setError.mock.calls).toEqual([
      ["password", { type: "server", message: "Use at least 12 characters." }],
      ["team_ids", { type: "server", message: "No such team." }],
    ]);
    expect(rest).toEqual(["Extra inputs are not permitted"]);
  });

  it("returns the problem's detail when it names no field", () => {
    const setError = vi.fn();
    const error = new ApiError({
      type: "about:blank",
      title: "Forbidden",
      status: 403,
      detail: "Your role does not allow this.",
    });
    expect(applyProblemToForm<Values>(error, FIELDS, setError)).toEqual([
      "Your role does not allow this.",
    ]);
    expect(setError).not.toHaveBeenCalled();
  });

  it("says Kindred could not be reached when the request never got an answer", () => {
    expect(applyProblemToForm<Values>(new TypeError("Failed to fetch"), FIELDS, vi.fn())).toEqual([
      "Kindred could not be reached. Check your connection and try again.",
    ]);
  });
});

describe("summaryErrors", () => {
  it("lists field errors in the page's order, then the others unlinked", () => {
    expect(
      summaryErrors<Values>(
        {
          password: { type: "min", message: "Too short" },
          email: { type: "required", message: "Enter an e-mail" },
        },
        FIELDS,
        ["Something else"],
      ),
    ).toEqual([
      { text: "Enter an e-mail", fieldId: "email" },
      { text: "Too short", fieldId: "password" },
      { text: "Something else" },
    ]);
  });
});
