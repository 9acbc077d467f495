export interface NeedsRow {
  key: string;
  name: string;
  level: number | null;
  /** "3 – High", or "Not recorded". */
  levelText: string;
  /** The level then minus now's comparison; null when there is nothing to compare with. */
  change: number | null;
  changeText: string;
  strengthText: string;
}

interface NeedsRowsInput {
  domains: readonly { key: string; name: string }[];
  levels: Readonly<Record<string, number | null | undefined>>;
  strengths: Readonly<Record<string, string | null | undefined>>;
  /** The levels to measure change from; undefined when there is no earlier assessment. */
  before?: Readonly<Record<string, number | null | undefined>> | undefined;
  levelText: (level: number) => string;
  strengthText: (strength: string) => string;
}

/** "Up 1 (was 2)", "Down 2 (was 3)", "No change": a change of level told in words. */
export function changeText(now: number | null, before: number | null | undefined): string {
  if (now === null) return "Not recorded";
  if (before === null || before === undefined) return "Not assessed before";
  const delta = now - before;
  if (delta === 0) return "No change";
  return `${delta > 0 ? "Up" : "Down"} ${String(Math.abs(delta))} (was ${String(before)})`;
}

/**
 * The needs wheel as table rows, in wheel order: each domain's level with its label, the
 * change since the comparison, and the strength. The wheel's accessible alternative.
 */
export function needsRows({
  domains,
  levels,
  strengths,
  before,
  levelText,
  strengthText,
}: NeedsRowsInput): NeedsRow[] {
  return domains.map(({ key, name }) => {
    const level = levels[key] ?? null;
    const previous = before ? (before[key] ?? null) : undefined;
    return {
      key,
      name,
      level,
      levelText: level === null ? "Not recorded" : levelText(level),
      change: level !== null && typeof previous === "number" ? level - previous : null,
      changeText: before ? changeText(level, previous) : "No earlier assessment",
      strengthText: strengthText(strengths[key] ?? "none"),
    };
  });
}
