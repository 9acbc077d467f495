import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { assessment, ASSESSMENT_ID, child, CHILD_ID, framework } from "@/test/needs-fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { type StubRoute, stubFetchRoutes } from "@/test/stub-fetch";
import type { Assessment } from "@/features/assessments/api/assessments";

const PATH = `/api/v1/assessments/${ASSESSMENT_ID}`;

function stubEditor(routes: { read?: Assessment; patch?: StubRoute; submit?: StubRoute } = {}) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
    [`GET ${PATH}`]: { status: 200, body: routes.read ?? assessment() },
    "GET /api/v1/frameworks/1.0.0": { status: 200, body: framework() },
    [`GET /api/v1/children/${CHILD_ID}`]: { status: 200, body: child() },
    [`PATCH ${PATH}`]: routes.patch ?? { status: 200, body: assessment({ version: 2 }) },
    [`POST ${PATH}/submit`]: routes.submit ?? {
      status: 200,
      body: assessment({ status: "submitted" }),
    },
    [`GET /api/v1/children/${CHILD_ID}/assessments`]: "pending",
    [`GET /api/v1/children/${CHILD_ID}/needs-history`]: "pending",
    [`GET /api/v1/children/${CHILD_ID}/goals`]: "pending",
    "GET /api/v1/frameworks/current": "pending",
  });
}

function complete(overrides: Partial<Assessment> = {}) {
  const base = assessment();
  return assessment({
    domains: base.domains.map((domain) => ({ ...domain, need_level: 1 })),
    submit_checks: [],
    ...overrides,
  });
}

function patchBodies(fetch: ReturnType<typeof stubFetchRoutes>) {
  return fetch.mock.calls
    .filter(([request]) => request.method === "PATCH")
    .map(([request]) => request.clone().json() as Promise<unknown>);
}

beforeEach(() => {
  localStorage.clear();
});

describe("the assessment editor", () => {
  it("shows one domain at a time, its levels with their descriptors, and saves a choice", async () => {
    const fetch = stubEditor();
    renderRoute(`/assessments/${ASSESSMENT_ID}?step=1`);
    expect(await screen.findByRole("heading", { level: 1, name: "Physical health" })).toBeVisible();
    expect(screen.getByText("Domain 1 of 3")).toBeVisible();
    const levels = screen.getByRole("group", { name: /Level of need/ });
    const moderate = within(levels).getByRole("radio", { name: "2 – Moderate" });
    expect(moderate).toHaveAccessibleDescription("Physical health: moderate descriptor.");
    expect(screen.getByRole("complementary")).toHaveTextContent("first assessment");

    await userEvent.setup().click(moderate);
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/, {}, { timeout: 3000 })).toBeVisible();
    expect(await Promise.all(patchBodies(fetch))).toEqual([
      { version: 1, domains: { physical_health: { need_level: 2 } } },
    ]);
    expect(localStorage.length).toBe(0);
  });

  it("marks evidence required at level 3 and moves focus to each step's heading", async () => {
    stubEditor();
    renderRoute(`/assessments/${ASSESSMENT_ID}?step=1`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("radio", { name: "3 – High" }));
    expect(
      screen.getByRole("textbox", { name: "Evidence (required at this level)" }),
    ).toBeRequired();
    await user.click(screen.getByRole("button", { name: "Next domain" }));
    const heading = await screen.findByRole("heading", {
      level: 1,
      name: "Emotional wellbeing and mental health",
    });
    expect(heading).toHaveFocus();
  });

  it("checks the assessment before submitting and links each problem to its domain", async () => {
    const fetch = stubEditor();
    const { router } = renderRoute(`/assessments/${ASSESSMENT_ID}?step=4`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Submit for approval" }));

    const summary = await screen.findByRole("alert");
    expect(
      within(summary)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual([
      "Choose a level of need for Physical health",
      "Choose a level of need for Emotional wellbeing and mental health",
      "Choose a level of need for Learning and education",
    ]);
    expect(fetch.mock.calls.some(([request]) => request.url.endsWith("/submit"))).toBe(false);

    await user.click(within(summary).getByRole("link", { name: /Emotional wellbeing/ }));
    await waitFor(() => {
      expect(currentPath(router)).toBe(`/assessments/${ASSESSMENT_ID}?step=2`);
    });
    await waitFor(() => {
      expect(screen.getByRole("radio", { name: "0 – No additional need" })).toHaveFocus();
    });
    expect(
      screen.getByText("Choose a level of need for Emotional wellbeing and mental health", {
        selector: ".govuk-error-message *, .govuk-error-message",
      }),
    ).toBeVisible();
  });

  it("shows the checks the API serves with the saved assessment, without submitting", async () => {
    const fetch = stubEditor({
      read: complete({
        submit_checks: [
          {
            domain_key: "learning_and_education",
            field: "evidence",
            message: "Give the evidence for a level 3 need in Learning and education.",
          },
        ],
      }),
    });
    renderRoute(`/assessments/${ASSESSMENT_ID}?step=4`);
    await userEvent
      .setup()
      .click(await screen.findByRole("button", { name: "Submit for approval" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link")).toHaveTextContent(
      "Give the evidence for a level 3 need in Learning and education",
    );
    expect(fetch.mock.calls.some(([request]) => request.url.endsWith("/submit"))).toBe(false);
  });

  it("puts the API's refusal of a submit on the domains it names", async () => {
    stubEditor({
      read: complete(),
      submit: {
        status: 422,
        body: {
          type: "https://kindred.example/problems/validation-error",
          title: "Your request has invalid fields",
          status: 422,
          detail: "Complete the assessment before submitting it.",
          errors: [
            {
              field: "body.domains.learning_and_education.evidence",
              message: "Give the evidence for a level 3 need in Learning and education.",
            },
          ],
        },
      },
    });
    renderRoute(`/assessments/${ASSESSMENT_ID}?step=4`);
    await userEvent
      .setup()
      .click(await screen.findByRole("button", { name: "Submit for approval" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link")).toHaveTextContent(
      "Give the evidence for a level 3 need in Learning and education",
    );
    expect(screen.getByRole("navigation", { name: "Assessment sections" })).toHaveTextContent(
      "Learning and education Needs attention",
    );
  });

  it("submits a complete assessment and goes back to the child's page", async () => {
    const fetch = stubEditor({ read: complete({ version: 4 }) });
    const { router } = renderRoute(`/assessments/${ASSESSMENT_ID}?step=4`);
    await userEvent
      .setup()
      .click(await screen.findByRole("button", { name: "Submit for approval" }));
    await waitFor(() => {
      expect(currentPath(router)).toBe(`/children/${CHILD_ID}`);
    });
    const submit = fetch.mock.calls.find(([request]) => request.url.endsWith("/submit"));
    expect(await submit?.[0].clone().json()).toEqual({ version: 4 });
  });

  it("shows both versions when someone else saved the same field, and saves the choice", async () => {
    const theirs = assessment({ version: 3, summary: "Their summary" });
    const fetch = stubEditor({
      patch: [
        {
          status: 409,
          body: {
            type: "https://kindred.example/problems/conflict",
            title: "Conflict",
            status: 409,
            detail: "Someone else changed this assessment.",
            current: theirs,
          },
        },
        { status: 200, body: { ...theirs, version: 4, summary: "My summary" } },
      ],
    });
    renderRoute(`/assessments/${ASSESSMENT_ID}?step=4`);
    const user = userEvent.setup();
    await user.type(await screen.findByRole("textbox", { name: "Summary" }), "My summary");

    const conflict = await screen.findByRole(
      "region",
      { name: "Someone else changed this assessment" },
      { timeout: 3000 },
    );
    expect(screen.getByText("Not saved – someone else changed this assessment")).toBeVisible();
    const group = within(conflict).getByRole("group", { name: "Summary" });
    expect(group).toHaveTextContent("My summary");
    expect(group).toHaveTextContent("Their summary");
    await user.click(within(conflict).getByRole("button", { name: "Save with these choices" }));

    expect(await screen.findByText(/^Saved at/, {}, { timeout: 3000 })).toBeVisible();
    const bodies = await Promise.all(patchBodies(fetch));
    expect(bodies.at(-1)).toEqual({ version: 3, summary: "My summary" });
  });

  it("shows a submitted assessment read-only, next to the previous approved levels", async () => {
    stubEditor({
      read: complete({
        status: "submitted",
        permissions: { can_edit: false, can_submit: false, can_approve: false, can_return: false },
        previous_approved: {
          id: "p1",
          assessed_on: "2025-05-01",
          framework_version: "1.0.0",
          score: "25.0",
          levels: { physical_health: 1, emotional_wellbeing: 2, learning_and_education: 1 },
        },
      }),
    });
    renderRoute(`/assessments/${ASSESSMENT_ID}`);
    const table = await screen.findByRole("table", { name: /Needs by domain/ });
    expect(table).toHaveTextContent("1 of 3 levels changed since the previous approved assessment");
    const row = within(table).getByRole("row", { name: /Emotional wellbeing/ });
    expect(row).toHaveTextContent("2 – Moderate1 – Low Changed");
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Approve" })).not.toBeInTheDocument();
  });
});
