import { type Point, polar, segmentAngles } from "./wheel-geometry";

export type StrengthMark = "useful" | "centrepiece";

export interface ProfileDomain {
  key: string;
  name: string;
}

export interface StrengthMarker extends Point {
  key: string;
  mark: StrengthMark;
}

/** Strength levels worth marking on the wheel: the ones a plan can build on. */
export function strengthMark(level: string | null | undefined): StrengthMark | undefined {
  return level === "useful" || level === "centrepiece" ? level : undefined;
}

/**
 * Where each marked strength sits: in its domain's segment, just inside the rim, so it
 * reads as belonging to that domain whatever the level drawn there.
 */
export function strengthMarkers(
  domains: readonly ProfileDomain[],
  strengths: Readonly<Record<string, string | null | undefined>>,
  radius: number,
): StrengthMarker[] {
  const markers: StrengthMarker[] = [];
  domains.forEach((domain, index) => {
    const mark = strengthMark(strengths[domain.key]);
    if (!mark) return;
    const { middle } = segmentAngles(index, domains.length);
    markers.push({ key: domain.key, mark, ...polar(middle, radius) });
  });
  return markers;
}

/** A five-pointed star centred on `at`, for a centrepiece strength: a shape, not a colour. */
export function starPath(at: Point, outer: number, inner = outer * 0.45): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const { x, y } = polar((i * Math.PI) / 5, i % 2 === 0 ? outer : inner);
    points.push(
      `${String(Math.round((at.x + x) * 100) / 100)} ${String(Math.round((at.y + y) * 100) / 100)}`,
    );
  }
  return `M ${points.join(" L ")} Z`;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

interface SummaryInput {
  domains: readonly ProfileDomain[];
  levels: Readonly<Record<string, number | null | undefined>>;
  strengths: Readonly<Record<string, string | null | undefined>>;
  /** "3 – High": how a level is read out. */
  levelText: (level: number) => string;
  /** What the outline shows, e.g. "the assessment of 20 September 2024". */
  comparisonLabel?: string | undefined;
}

/**
 * The wheel in one or two sentences, as its accessible name: the highest need and where, how
 * many needs are actionable (level 2 or more), the strengths marked, and what the outline is.
 */
export function wheelSummary({
  domains,
  levels,
  strengths,
  levelText,
  comparisonLabel,
}: SummaryInput): string {
  const known = domains.filter((domain) => typeof levels[domain.key] === "number");
  if (known.length === 0) return "Needs wheel: no levels recorded yet.";
  const highest = Math.max(...known.map((domain) => levels[domain.key] ?? 0));
  const atHighest = known.filter((domain) => levels[domain.key] === highest).map((d) => d.name);
  const actionable = known.filter((domain) => (levels[domain.key] ?? 0) >= 2).length;
  const parts = [
    `Needs wheel of ${String(domains.length)} domains.`,
    `Highest need: ${levelText(highest)}, in ${list(atHighest)}.`,
    `${String(actionable)} of ${String(domains.length)} domains at level 2 or more.`,
  ];
  const marked = domains.filter((domain) => strengthMark(strengths[domain.key]));
  if (marked.length > 0) {
    parts.push(`Strengths marked in ${list(marked.map((domain) => domain.name))}.`);
  }
  if (comparisonLabel) parts.push(`The dashed outline shows ${comparisonLabel}.`);
  parts.push("The table that follows gives every domain.");
  return parts.join(" ");
}
