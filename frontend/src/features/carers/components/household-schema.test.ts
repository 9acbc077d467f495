import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/api-error";
import { withFormFieldPaths } from "./api-fields";
import { householdCreateBody, householdSchema, NEW_HOUSEHOLD } from "./household-schema";

const FILLED = {
  ...NEW_HOUSEHOLD,
  reference: " NO-FC-099 ",
  name: "The Reid household",
  age_min: "5",
  age_max: "12",
  places: "2",
  approved_types: ["long_term", "respite"],
  vacancies: "1",
  postcode: "ls6 3hn",
  languages: "English, Polish, ",
  weekly_fee: "£1,250.5",
};

function messages(values: typeof FILLED, mode: "create" | "edit" = "create") {
  const result = householdSchema(mode).safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("the household form", () => {
  it("sends what the API takes: terms together, the fee in pence, languages as a list", () => {
    expect(householdCreateBody(FILLED)).toEqual({
      reference: "NO-FC-099",
      agency_id: null,
      name: "The Reid household",
      status: "active",
      terms: { age_min: 5, age_max: 12, places: 2, approved_types: ["long_term", "respite"] },
      vacancies: 1,
      postcode: "ls6 3hn",
      languages: ["English", "Polish"],
      faith: null,
      other_children: 0,
      weekly_fee_pence: 125_050,
      notes: "",
    });
  });

  it("checks ages, vacancies and the fee before sending", () => {
    expect(messages(FILLED)).toEqual([]);
    expect(messages({ ...FILLED, age_min: "13" })).toContain(
      "The oldest age must be the same as or more than the youngest age",
    );
    expect(messages({ ...FILLED, vacancies: "3" })).toContain(
      "Vacancies cannot be more than the number of children approved for",
    );
    expect(messages({ ...FILLED, weekly_fee: "12.345" })).toContain(
      "Enter the weekly fee in pounds and pence, like 625.50",
    );
    expect(messages({ ...FILLED, places: "two" })).toContain(
      "Number of children approved for must be a whole number",
    );
  });

  it("needs a reference only for a new household", () => {
    expect(messages({ ...FILLED, reference: "" })).toContain("Enter the household’s reference");
    expect(messages({ ...FILLED, reference: "" }, "edit")).toEqual([]);
  });
});

describe("withFormFieldPaths", () => {
  it("puts the API's field errors on the form's fields", () => {
    const error = new ApiError({
      type: "about:blank",
      title: "Invalid",
      status: 422,
      detail: "Check these fields.",
      errors: [
        { field: "body.terms.age_min", message: "Too young" },
        { field: "body.weekly_fee_pence", message: "Too much" },
        { field: "body.postcode", message: "Unknown postcode" },
      ],
    });
    const renamed = withFormFieldPaths(error);
    expect(renamed instanceof ApiError ? renamed.problem.errors : null).toEqual([
      { field: "body.age_min", message: "Too young" },
      { field: "body.weekly_fee", message: "Too much" },
      { field: "body.postcode", message: "Unknown postcode" },
    ]);
  });
});
