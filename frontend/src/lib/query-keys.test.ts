import { describe, expect, it } from "vitest";

import { queryKeys } from "./query-keys";

const startsWith = (key: readonly unknown[], branch: readonly unknown[]) =>
  branch.every((part, index) => key[index] === part);

describe("queryKeys", () => {
  it("nests what a child's change must refresh under the child", () => {
    const child = queryKeys.children.detail("c1");
    for (const key of [
      queryKeys.children.assessments("c1"),
      queryKeys.children.goals("c1"),
      queryKeys.children.costPeriod("c1", {}),
      queryKeys.children.placements("c1"),
      queryKeys.children.voicePart("c1", "account"),
    ]) {
      expect(startsWith(key, child)).toBe(true);
      expect(startsWith(key, queryKeys.children.all)).toBe(true);
    }
    expect(startsWith(queryKeys.children.detail("c2"), child)).toBe(false);
  });

  it("keeps lists under their branch, so a change refreshes every filtered page", () => {
    expect(startsWith(queryKeys.children.list({ page: 2 }), queryKeys.children.lists)).toBe(true);
    expect(startsWith(queryKeys.referrals.list({ page: 1 }), queryKeys.referrals.lists)).toBe(true);
    expect(startsWith(queryKeys.referrals.offers("r1"), queryKeys.referrals.all)).toBe(true);
    expect(startsWith(queryKeys.partner.offers(), queryKeys.partner.allOffers)).toBe(true);
    expect(startsWith(queryKeys.assessments.submitted(1), queryKeys.assessments.queues)).toBe(true);
    expect(startsWith(queryKeys.analytics.edgeOfCare({}), queryKeys.analytics.edgesOfCare)).toBe(
      true,
    );
  });
});
