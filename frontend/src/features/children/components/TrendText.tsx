import type { components } from "@/api/schema";

type Trend = components["schemas"]["Trend"];

const TRENDS = {
  up: { arrow: "▲", text: "Up", hint: "more need than at the assessment before" },
  down: { arrow: "▼", text: "Down", hint: "less need than at the assessment before" },
  same: { arrow: "▶", text: "No change", hint: "the same as at the assessment before" },
} as const satisfies Record<Trend, { arrow: string; text: string; hint: string }>;

/**
 * How the needs score moved since the approval before the latest, told in words (the arrow
 * is decoration): "Up", "Down", "No change", or "Not enough assessments".
 */
export function TrendText({ trend }: { trend: Trend | null }) {
  if (!trend) {
    return (
      <span className="app-trend">
        <span aria-hidden="true">–</span>
        <span className="govuk-visually-hidden">Not enough assessments to show a trend</span>
      </span>
    );
  }
  const { arrow, text, hint } = TRENDS[trend];
  return (
    <span className={`app-trend app-trend--${trend}`}>
      <span className="app-trend__arrow" aria-hidden="true">
        {arrow}
      </span>{" "}
      {text}
      <span className="govuk-visually-hidden">: {hint}</span>
    </span>
  );
}
