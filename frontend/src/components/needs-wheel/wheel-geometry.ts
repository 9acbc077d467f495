/** The highest level on the 0–4 scale shared by needs and carers' capacity. */
export const MAX_LEVEL = 4;

export interface Point {
  x: number;
  y: number;
}

export interface WheelSize {
  /** Radius of level 0: the empty hub in the middle. */
  hub: number;
  /** Radius of level 4: the wheel's rim. */
  rim: number;
}

export interface SegmentAngles {
  start: number;
  end: number;
  middle: number;
}

/** Rounded to hundredths, so paths are short and stable (and testable). */
function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Angles (radians, clockwise from 12 o'clock) of the `index`th of `count` equal segments:
 * the first domain starts at the top, as on a clock face.
 */
export function segmentAngles(index: number, count: number): SegmentAngles {
  if (count < 1 || index < 0 || index >= count) {
    throw new RangeError(`segment ${String(index)} of ${String(count)}`);
  }
  const step = (2 * Math.PI) / count;
  const start = index * step;
  return { start, end: start + step, middle: start + step / 2 };
}

/** The point at `radius` along `angle` (clockwise from 12 o'clock), the centre at 0,0. */
export function polar(angle: number, radius: number): Point {
  return { x: round(radius * Math.sin(angle)), y: round(-radius * Math.cos(angle)) };
}

/** How far out a level reaches: the hub for 0, the rim for 4, evenly between. */
export function levelRadius(level: number, size: WheelSize): number {
  const clamped = Math.min(MAX_LEVEL, Math.max(0, level));
  return round(size.hub + ((size.rim - size.hub) * clamped) / MAX_LEVEL);
}

function point({ x, y }: Point): string {
  return `${String(x)} ${String(y)}`;
}

/**
 * The SVG path of one domain's segment filled out to `level`: a ring sector from the hub
 * to that level's radius. Level 0 has no area, so no path ("").
 */
export function segmentPath(index: number, count: number, level: number, size: WheelSize) {
  if (level <= 0) return "";
  const { start, end } = segmentAngles(index, count);
  const outer = levelRadius(level, size);
  const inner = size.hub;
  // A single domain would be a whole ring, which one arc command cannot draw.
  const largeArc = end - start > Math.PI ? 1 : 0;
  return [
    `M ${point(polar(start, inner))}`,
    `L ${point(polar(start, outer))}`,
    `A ${String(outer)} ${String(outer)} 0 ${String(largeArc)} 1 ${point(polar(end, outer))}`,
    `L ${point(polar(end, inner))}`,
    `A ${String(inner)} ${String(inner)} 0 ${String(largeArc)} 0 ${point(polar(start, inner))}`,
    "Z",
  ].join(" ");
}

/** The radii of the rings marking levels 1–4. */
export function ringRadii(size: WheelSize): number[] {
  return Array.from({ length: MAX_LEVEL }, (_, i) => levelRadius(i + 1, size));
}

export type TextAnchor = "start" | "middle" | "end";

/** Where a domain's label sits outside the rim, and which way its text runs from there. */
export function labelPlacement(
  index: number,
  count: number,
  radius: number,
): Point & { anchor: TextAnchor } {
  const { middle } = segmentAngles(index, count);
  const at = polar(middle, radius);
  const sideways = Math.sin(middle);
  const anchor: TextAnchor = Math.abs(sideways) < 0.2 ? "middle" : sideways > 0 ? "start" : "end";
  return { ...at, anchor };
}

/**
 * Splits a label into lines of at most `width` characters at spaces (a longer word keeps a
 * line of its own), so a long domain name wraps outside the wheel instead of running off.
 */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
