import { describe, expect, it } from "vitest";

import { safeReturnTo, signInPath } from "./return-to";

describe("safeReturnTo", () => {
  it.each([
    ["/admin/users", "/admin/users"],
    ["/admin/users?role=admin&page=2", "/admin/users?role=admin&page=2"],
    ["/admin/audit#results", "/admin/audit#results"],
    ["/", "/"],
  ])("accepts the same-origin path %s", (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [""],
    ["admin/users"],
    ["https://evil.example/"],
    ["//evil.example/path"],
    ["/\\evil.example"],
    ["/\\/evil.example"],
    ["javascript:alert(1)"],
    ["/admin\n/users"],
    ["\t/admin"],
    [" //evil.example"],
    ["/sign-in"],
    ["/sign-in?returnTo=/admin"],
  ])("refuses %j", (value) => {
    expect(safeReturnTo(value)).toBeNull();
  });

  it("normalises a path that climbs out of the root without leaving the site", () => {
    expect(safeReturnTo("/../admin/users")).toBe("/admin/users");
  });
});

describe("signInPath", () => {
  it("carries a safe return path, encoded", () => {
    expect(signInPath("/admin/users?role=admin")).toBe(
      "/sign-in?returnTo=%2Fadmin%2Fusers%3Frole%3Dadmin",
    );
  });

  it("drops an unsafe one", () => {
    expect(signInPath("//evil.example")).toBe("/sign-in");
    expect(signInPath()).toBe("/sign-in");
  });
});
