import { ChartFrame } from "./ChartFrame";

export interface Bar {
  key: string;
  label: string;
  /** The bar's length; null draws no bar (the figure is withheld or unknown). */
  value: number | null;
  /** The figure written after the bar, e.g. "12" or "fewer than 5". */
  valueText: string;
}

interface BarChartProps {
  title: string;
  /** One sentence, pointing to the table with the same figures. */
  description: string;
  bars: readonly Bar[];
}

const WIDTH = 640;
const LABEL_WIDTH = 270;
const VALUE_WIDTH = 100;
const ROW = 30;
const BAR = 18;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/** A bar's length in the plot: in proportion to the largest value, never below 0. */
export function barLength(value: number | null, largest: number, plotWidth = PLOT_WIDTH): number {
  if (value === null || value <= 0 || largest <= 0) return 0;
  return Math.round((Math.min(value, largest) / largest) * plotWidth * 100) / 100;
}

/**
 * A horizontal bar chart: one labelled bar per row, its figure written after it, so the
 * chart reads without colour. The page gives the same figures as a table too.
 */
export function BarChart({ title, description, bars }: BarChartProps) {
  const largest = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  const height = bars.length * ROW + 10;
  return (
    <ChartFrame title={title} description={description} width={WIDTH} height={height}>
      <line className="app-chart__axis" x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height - 5} />
      {bars.map((bar, index) => {
        const y = index * ROW + 5;
        const length = barLength(bar.value, largest);
        return (
          <g key={bar.key}>
            <text className="app-chart__label" x={LABEL_WIDTH - 8} y={y + BAR - 4} textAnchor="end">
              {bar.label}
            </text>
            {length > 0 ? (
              <rect className="app-chart__bar" x={LABEL_WIDTH} y={y} width={length} height={BAR} />
            ) : null}
            <text className="app-chart__value" x={LABEL_WIDTH + length + 6} y={y + BAR - 4}>
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
