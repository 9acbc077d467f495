const POUNDS = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "£1,234.56" from integer pence. The API holds money as whole pence, never as a float. */
export function formatPence(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`not a whole number of pence: ${pence}`);
  const sign = pence < 0 ? "−" : "";
  const abs = Math.abs(pence);
  // Pounds and pence apart, so no fraction of a penny ever passes through a float.
  const pounds = Math.trunc(abs / 100);
  const rest = abs % 100;
  const whole = POUNDS.format(pounds).replace(/\.00$/, "");
  return `${sign}${whole}.${String(rest).padStart(2, "0")}`;
}

/** "£625.50 a week": how fees are quoted. */
export function formatWeeklyFee(pence: number): string {
  return `${formatPence(pence)} a week`;
}

const POUNDS_TEXT = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Whole pence from what a person typed as pounds ("625", "£625.5", "1,250.00"), or
 * undefined when it is not an amount of money. Parsed as text, never through a float.
 */
export function poundsToPence(text: string): number | undefined {
  const match = POUNDS_TEXT.exec(text.trim());
  if (!match) return undefined;
  const pounds = Number.parseInt((match[1] ?? "").replaceAll(",", ""), 10);
  const pence = Number.parseInt((match[2] ?? "0").padEnd(2, "0"), 10);
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) ? total : undefined;
}

/** "625.50": pence as the pounds a form field shows. */
export function penceToPoundsText(pence: number): string {
  return `${String(Math.trunc(pence / 100))}.${String(pence % 100).padStart(2, "0")}`;
}
