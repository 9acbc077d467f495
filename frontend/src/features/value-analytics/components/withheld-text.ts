/** A count as shown: "fewer than 5" when it is withheld (null), else the number. */
export function countText(count: number | null, threshold: number): string {
  return count === null ? `fewer than ${String(threshold)}` : count.toLocaleString("en-GB");
}

/** A figure that may be withheld or not known. */
export function figureText(value: number | null, format: (value: number) => string): string {
  return value === null ? "withheld" : format(value);
}
