import { ChartFrame } from "./ChartFrame";

export interface ScatterPoint {
  key: string;
  x: number;
  y: number;
  /** What the point is, read out on hover and by screen readers that enter the chart. */
  label: string;
}

interface Axis {
  label: string;
  /** A tick's text, e.g. "£1,000" for a value in pence. */
  format: (value: number) => string;
  /** The largest value the axis must show; the axis rounds up from it. */
  atLeast?: number;
}

interface ScatterChartProps {
  title: string;
  /** One sentence, pointing to the table with the same figures. */
  description: string;
  x: Axis;
  y: Axis;
  points: readonly ScatterPoint[];
}

const WIDTH = 640;
const HEIGHT = 400;
const LEFT = 90;
const BOTTOM = 50;
const TOP = 10;
const RIGHT = 20;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const TICKS = 5;

/** The smallest "round" number (1, 2 or 5 × a power of ten, × ticks) at or above `value`. */
export function niceCeiling(value: number, ticks = TICKS): number {
  if (!(value > 0)) return ticks;
  const step = value / ticks;
  const power = 10 ** Math.floor(Math.log10(step));
  const nice = [1, 2, 5, 10].find((factor) => factor * power >= step) ?? 10;
  return nice * power * ticks;
}

/** Where `value` falls along a plot `length` long for an axis from 0 to `max`, clamped. */
export function position(value: number, max: number, length: number): number {
  if (max <= 0) return 0;
  return Math.round((Math.min(Math.max(value, 0), max) / max) * length * 100) / 100;
}

/**
 * A scatter plot from zero on both axes, with labelled ticks. Each point carries its own
 * label; the page gives the same figures as a table too.
 */
export function ScatterChart({ title, description, x, y, points }: ScatterChartProps) {
  const xMax = niceCeiling(Math.max(x.atLeast ?? 0, ...points.map((point) => point.x)));
  const yMax = niceCeiling(Math.max(y.atLeast ?? 0, ...points.map((point) => point.y)));
  const ticks = Array.from({ length: TICKS + 1 }, (_, index) => index / TICKS);
  const bottom = TOP + PLOT_HEIGHT;
  return (
    <ChartFrame title={title} description={description} width={WIDTH} height={HEIGHT}>
      {ticks.map((share) => {
        const across = LEFT + share * PLOT_WIDTH;
        const up = bottom - share * PLOT_HEIGHT;
        return (
          <g key={share}>
            <line className="app-chart__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={up} y2={up} />
            <text className="app-chart__label" x={LEFT - 6} y={up + 4} textAnchor="end">
              {y.format(share * yMax)}
            </text>
            <text className="app-chart__label" x={across} y={bottom + 18} textAnchor="middle">
              {x.format(share * xMax)}
            </text>
          </g>
        );
      })}
      <line className="app-chart__axis" x1={LEFT} x2={LEFT} y1={TOP} y2={bottom} />
      <line className="app-chart__axis" x1={LEFT} x2={WIDTH - RIGHT} y1={bottom} y2={bottom} />
      <text
        className="app-chart__label"
        x={LEFT + PLOT_WIDTH / 2}
        y={HEIGHT - 8}
        textAnchor="middle"
      >
        {x.label}
      </text>
      <text
        className="app-chart__label"
        transform={`translate(14 ${String(TOP + PLOT_HEIGHT / 2)}) rotate(-90)`}
        textAnchor="middle"
      >
        {y.label}
      </text>
      {points.map((point) => (
        <circle
          key={point.key}
          className="app-chart__point"
          cx={LEFT + position(point.x, xMax, PLOT_WIDTH)}
          cy={bottom - position(point.y, yMax, PLOT_HEIGHT)}
          r={5}
        >
          <title>{point.label}</title>
        </circle>
      ))}
    </ChartFrame>
  );
}
