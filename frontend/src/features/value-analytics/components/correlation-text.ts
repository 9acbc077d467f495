/** A correlation coefficient in words: how closely cost follows need. */
export function correlationText(r: number | null): string {
  if (r === null) return "Not enough children to work out";
  const size = Math.abs(r);
  const strength =
    size < 0.1 ? "No" : size < 0.3 ? "A weak" : size < 0.5 ? "A moderate" : "A strong";
  if (strength === "No") return `${r.toFixed(2)}: no link between need and cost`;
  const direction = r > 0 ? "more need, more cost" : "more need, less cost";
  return `${r.toFixed(2)}: ${strength.toLowerCase()} link (${direction})`;
}
