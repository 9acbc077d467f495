import { z } from "zod";

const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2999;

/** A GOV.UK date input's three boxes, as typed. */
export const dateParts = z.object({ day: z.string(), month: z.string(), year: z.string() });
export type DateParts = z.infer<typeof dateParts>;

/** "2026-11-23" from day, month and year boxes; null when they do not make a real date. */
export function isoDateOf({ day, month, year }: DateParts): string | null {
  const [d, m, y] = [day, month, year].map((part) => (part.trim() ? Number(part.trim()) : NaN));
  if (d === undefined || m === undefined || y === undefined) return null;
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y)) return null;
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** The three boxes for an ISO date ("2026-03-07" → 7, 3, 2026); empty for none. */
export function partsOf(iso: string | null | undefined): DateParts {
  if (!iso) return { day: "", month: "", year: "" };
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** Today in the UK as the three boxes, to start a date field at. */
export function todayParts(now = new Date()): DateParts {
  return partsOf(now.toLocaleDateString("en-CA", { timeZone: "Europe/London" }));
}

/**
 * A required date from a GOV.UK date input, with its errors in GOV.UK words: "Enter …",
 * "… must include a day, month and year", "… must be a real date".
 */
export function requiredDate(label: string) {
  return dateParts.superRefine((parts, context) => {
    const filled = [parts.day, parts.month, parts.year].filter((part) => part.trim());
    if (filled.length === 0) {
      context.addIssue({ code: "custom", message: `Enter ${label.toLowerCase()}` });
    } else if (filled.length < 3) {
      context.addIssue({ code: "custom", message: `${label} must include a day, month and year` });
    } else if (!isoDateOf(parts)) {
      context.addIssue({ code: "custom", message: `${label} must be a real date` });
    }
  });
}

/** An optional date from a GOV.UK date input: empty, or a real date. */
export function optionalDate(label: string) {
  return dateParts.refine((parts) => {
    const filled = [parts.day, parts.month, parts.year].some((part) => part.trim());
    return !filled || isoDateOf(parts) !== null;
  }, `${label} must be a real date`);
}
