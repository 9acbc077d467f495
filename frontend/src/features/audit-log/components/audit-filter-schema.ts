import { z } from "zod";

import { isUuid } from "@/features/audit-log/api/audit-search";

const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2999;

const dateParts = z.object({ day: z.string(), month: z.string(), year: z.string() });
export type DateParts = z.infer<typeof dateParts>;

/** "2026-11-23" from day, month and year boxes; null when they do not make a real date. */
export function isoDateOf({ day, month, year }: DateParts): string | null {
  const [d, m, y] = [day, month, year].map((part) => Number(part.trim()));
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y)) return null;
  if (y === undefined || m === undefined || d === undefined) return null;
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

export function partsOf(iso: string | null | undefined): DateParts {
  if (!iso) return { day: "", month: "", year: "" };
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

function isBlank(parts: DateParts) {
  return !parts.day.trim() && !parts.month.trim() && !parts.year.trim();
}

function checkedDate(label: string) {
  return dateParts.superRefine((parts, context) => {
    if (isBlank(parts)) return;
    if (!parts.day.trim() || !parts.month.trim() || !parts.year.trim()) {
      context.addIssue({ code: "custom", message: `${label} must include a day, month and year` });
    } else if (!isoDateOf(parts)) {
      context.addIssue({
        code: "custom",
        message: `${label} must be a real date between ${String(EARLIEST_YEAR)} and ${String(LATEST_YEAR)}`,
      });
    }
  });
}

export const auditFilterSchema = z
  .object({
    user_id: z.string(),
    action: z.string(),
    outcome: z.string(),
    child_id: z
      .string()
      .trim()
      .refine((value) => value === "" || isUuid(value), {
        message:
          "Enter the child ID as Kindred shows it, like 3f2b8c1e-0d4a-4c7e-9a55-2b1f6e0c9d12",
      }),
    from: checkedDate("The date from"),
    to: checkedDate("The date to"),
  })
  .superRefine((values, context) => {
    const from = isBlank(values.from) ? null : isoDateOf(values.from);
    const to = isBlank(values.to) ? null : isoDateOf(values.to);
    if (from && to && to < from) {
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: "The date to must be the same as or after the date from",
      });
    }
  });

export type AuditFilterValues = z.input<typeof auditFilterSchema>;
