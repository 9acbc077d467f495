import { useId } from "react";

import {
  labelPlacement,
  levelRadius,
  polar,
  ringRadii,
  segmentAngles,
  segmentPath,
  type WheelSize,
  wrapLabel,
} from "./wheel-geometry";
import { WheelLegend, type WheelSeries } from "./WheelLegend";

export interface WheelDomain {
  key: string;
  name: string;
}

interface OverlayWheelProps {
  /** What the wheel shows, read out as the image's name. */
  title: string;
  /** One sentence pointing to the table that carries the same figures. */
  description: string;
  /** The framework's domains, in wheel order (clockwise from the top). */
  domains: readonly WheelDomain[];
  /** One profile, or two to compare: drawn in order, the later on top. */
  series: readonly WheelSeries[];
}

const SIZE: WheelSize = { hub: 18, rim: 150 };
const LABEL_RADIUS = 166;
const LABEL_WIDTH = 17;
const LINE_HEIGHT = 15;

function DomainLabel({ name, index, count }: { name: string; index: number; count: number }) {
  const { x, y, anchor } = labelPlacement(index, count, LABEL_RADIUS);
  const lines = wrapLabel(name, LABEL_WIDTH);
  // Labels near the top grow upwards, those near the bottom downwards, the others centre.
  const { middle } = segmentAngles(index, count);
  const vertical = Math.cos(middle);
  const firstLineY =
    vertical > 0.8
      ? y - (lines.length - 1) * LINE_HEIGHT
      : vertical < -0.8
        ? y + LINE_HEIGHT * 0.7
        : y - ((lines.length - 1) * LINE_HEIGHT) / 2 + 4;
  return (
    <text className="app-wheel__label" x={x} y={firstLineY} textAnchor={anchor}>
      {lines.map((line, lineIndex) => (
        <tspan key={line} x={x} dy={lineIndex === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The needs wheel: one segment per domain, filled outwards to a level 0–4. Given a child's
 * needs and a household's capacity it overlays them, so a need reaching past the capacity
 * outline is a gap. Colour is never the only cue: fills and outlines differ in shape, the
 * legend names them, and the page gives the same figures as a table.
 */
export function OverlayWheel({ title, description, domains, series }: OverlayWheelProps) {
  const titleId = useId();
  const descriptionId = useId();
  const count = domains.length;
  if (count === 0) return null;
  return (
    <div className="app-wheel">
      <svg
        className="app-wheel__image"
        viewBox="-290 -220 580 440"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        focusable="false"
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        <g className="app-wheel__grid">
          {ringRadii(SIZE).map((radius) => (
            <circle key={radius} r={radius} />
          ))}
          {domains.map((domain, index) => {
            const { start } = segmentAngles(index, count);
            const from = polar(start, SIZE.hub);
            const to = polar(start, SIZE.rim);
            return <line key={domain.key} x1={from.x} y1={from.y} x2={to.x} y2={to.y} />;
          })}
        </g>
        {series.map((profile) => (
          <g
            key={profile.key}
            className={`app-wheel__series app-wheel__series--${profile.variant}`}
          >
            {domains.map((domain, index) => {
              const path = segmentPath(index, count, profile.levels[domain.key] ?? 0, SIZE);
              return path ? <path key={domain.key} d={path} /> : null;
            })}
          </g>
        ))}
        <g className="app-wheel__scale">
          {[1, 2, 3, 4].map((level) => (
            <text key={level} x={4} y={-levelRadius(level, SIZE) + 12}>
              {level}
            </text>
          ))}
        </g>
        {domains.map((domain, index) => (
          <DomainLabel key={domain.key} name={domain.name} index={index} count={count} />
        ))}
      </svg>
      <WheelLegend series={series} />
    </div>
  );
}
