import { type ReactNode, useId } from "react";

interface ChartFrameProps {
  title: string;
  /** One sentence, pointing to the table with the same figures. */
  description: string;
  width: number;
  height: number;
  children: ReactNode;
}

/** A chart's SVG: one image named by its title and described by its description. */
export function ChartFrame({ title, description, width, height, children }: ChartFrameProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <svg
      className="app-chart"
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      focusable="false"
    >
      <title id={titleId}>{title}</title>
      <desc id={descriptionId}>{description}</desc>
      {children}
    </svg>
  );
}
