import { describe, expect, it } from "vitest";

import { assessment } from "@/test/needs-fixtures";
import { assessmentFields } from "./draft-changes";

describe("assessmentFields", () => {
  it("sends only the changed fields, a domain's under its key, with the version", () => {
    const body = assessmentFields.patchBody(
      3,
      {
        summary: "Settled at school",
        "domains.physical_health.need_level": 2,
        "domains.physical_health.evidence": "GP letter",
      },
      assessment(),
    );

    expect(body).toEqual({
      version: 3,
      summary: "Settled at school",
      domains: { physical_health: { need_level: 2, evidence: "GP letter" } },
    });
  });

  it("shows the changes on the assessment and reads each field back", () => {
    const draft = assessmentFields.applyChanges(assessment(), {
      what_helps: "Music",
      "domains.learning_and_education.evidence": "School reports",
    });

    expect(draft.what_helps).toBe("Music");
    expect(assessmentFields.valueIn(draft, "domains.learning_and_education.evidence")).toBe(
      "School reports",
    );
    expect(assessmentFields.valueIn(draft, "domains.no_such_domain.evidence")).toBeUndefined();
  });

  it("knows a field key from a stray one read back from the device", () => {
    expect(assessmentFields.isKey("domains.physical_health.need_level")).toBe(true);
    expect(assessmentFields.isKey("domains.physical_health.colour")).toBe(false);
    expect(assessmentFields.isKey("title")).toBe(false);
  });

  it("takes a 409's current assessment, and nothing else, as the record", () => {
    expect(assessmentFields.recordFrom(assessment({ version: 5 }))?.version).toBe(5);
    expect(assessmentFields.recordFrom({ version: 5 })).toBeUndefined();
  });
});
