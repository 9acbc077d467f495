import type { components } from "@/api/schema";

export type Verdict = components["schemas"]["Verdict"];

/** A domain's verdict in words: the table never relies on the tag's colour. */
export const VERDICT_LABELS = {
  met: "Met",
  support: "Training or support needed",
  unmet: "Not met",
} as const satisfies Record<Verdict, string>;

export const VERDICT_TAGS = {
  met: "govuk-tag--green",
  support: "govuk-tag--yellow",
  unmet: "govuk-tag--red",
} as const satisfies Record<Verdict, string>;
