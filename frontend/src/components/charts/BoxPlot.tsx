import { ChartFrame } from "./ChartFrame";
import { position } from "./ScatterChart";

export interface BoxRow {
  key: string;
  label: string;
  /** The five figures of a distribution; null draws no box (withheld or unknown). */
  box: {
    minimum: number;
    lowerQuartile: number;
    median: number;
    upperQuartile: number;
    maximum: number;
  } | null;
  /** What the row says after the box, e.g. "median 42.5" or "withheld". */
  valueText: string;
}

interface BoxPlotProps {
  title: string;
  /** One sentence, pointing to the table with the same figures. */
  description: string;
  /** The axis runs from 0 to this, e.g. 100 for a needs score. */
  max: number;
  rows: readonly BoxRow[];
}

const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 110;
const ROW = 34;
const BOX = 18;
const AXIS = 24;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Box plots, one per row: a line from minimum to maximum, a box from the lower to the upper
 * quartile and a mark at the median. Each row's figure is written after it, so the chart reads
 * without colour; the page gives the same figures as a table too.
 */
export function BoxPlot({ title, description, max, rows }: BoxPlotProps) {
  const height = rows.length * ROW + AXIS + 6;
  const at = (value: number) => LABEL_WIDTH + position(value, max, PLOT_WIDTH);
  const bottom = rows.length * ROW + 4;
  return (
    <ChartFrame title={title} description={description} width={WIDTH} height={height}>
      {TICKS.map((share) => (
        <g key={share}>
          <line
            className="app-chart__grid"
            x1={at(share * max)}
            x2={at(share * max)}
            y1={0}
            y2={bottom}
          />
          <text
            className="app-chart__label"
            x={at(share * max)}
            y={bottom + 16}
            textAnchor="middle"
          >
            {String(share * max)}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = index * ROW + 8;
        const middle = y + BOX / 2;
        const box = row.box;
        return (
          <g key={row.key}>
            <text className="app-chart__label" x={LABEL_WIDTH - 8} y={middle + 4} textAnchor="end">
              {row.label}
            </text>
            {box ? (
              <>
                <line
                  className="app-chart__axis"
                  x1={at(box.minimum)}
                  x2={at(box.maximum)}
                  y1={middle}
                  y2={middle}
                />
                <rect
                  className="app-chart__box"
                  x={at(box.lowerQuartile)}
                  y={y}
                  width={Math.max(1, at(box.upperQuartile) - at(box.lowerQuartile))}
                  height={BOX}
                />
                <line
                  className="app-chart__median"
                  x1={at(box.median)}
                  x2={at(box.median)}
                  y1={y - 3}
                  y2={y + BOX + 3}
                />
              </>
            ) : null}
            <text className="app-chart__value" x={WIDTH - VALUE_WIDTH + 8} y={middle + 4}>
              {row.valueText}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
