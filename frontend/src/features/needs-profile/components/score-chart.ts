export interface ScorePoint {
  /** ISO date, "2026-11-03". */
  date: string;
  score: number;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room kept for the axis labels: left, right, top, bottom. */
  margin: { left: number; right: number; top: number; bottom: number };
}

export interface PlacedPoint extends ScorePoint {
  x: number;
  y: number;
}

export interface ScoreChart {
  points: PlacedPoint[];
  /** The line through the points, oldest first; "" for fewer than two. */
  path: string;
  yTicks: { value: number; y: number }[];
  xTicks: { label: string; x: number }[];
}

const MAX_SCORE = 100;
const DAY = 86_400_000;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Places scores (0–100, the whole scale, so a small change looks small) against time: x by
 * date, spaced as the dates are; a single point sits in the middle. Ticks mark the score
 * every 25 and the first of January of each year the line covers.
 */
export function scoreChart(points: readonly ScorePoint[], box: ChartBox): ScoreChart {
  const { width, height, margin } = box;
  const left = margin.left;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom;
  const yOf = (score: number) =>
    round(bottom - (Math.min(MAX_SCORE, Math.max(0, score)) / MAX_SCORE) * (bottom - top));

  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const times = sorted.map((point) => Date.parse(point.date));
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? 0;
  const span = last - first;
  const xOf = (time: number) =>
    span < DAY ? round((left + right) / 2) : round(left + ((time - first) / span) * (right - left));

  const placed = sorted.map((point, index) => ({
    ...point,
    x: xOf(times[index] ?? first),
    y: yOf(point.score),
  }));
  const path =
    placed.length < 2
      ? ""
      : placed
          .map((point, index) => `${index === 0 ? "M" : "L"} ${String(point.x)} ${String(point.y)}`)
          .join(" ");

  const yTicks = [0, 25, 50, 75, 100].map((value) => ({ value, y: yOf(value) }));
  const xTicks: ScoreChart["xTicks"] = [];
  if (sorted.length > 0 && span >= DAY) {
    const firstYear = new Date(first).getUTCFullYear();
    const lastYear = new Date(last).getUTCFullYear();
    for (let year = firstYear + 1; year <= lastYear; year += 1) {
      xTicks.push({ label: String(year), x: xOf(Date.UTC(year, 0, 1)) });
    }
  }
  return { points: placed, path, yTicks, xTicks };
}
