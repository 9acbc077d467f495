import { z } from "zod";

import type { Framework } from "@/lib/current-framework";
import { type DateParts, requiredDate, todayParts } from "@/lib/date-parts";

export const LEVEL_CHOICES = ["0", "1", "2", "3", "4"] as const;
export const EVIDENCE_MAX = 5000;

export interface CapacityValues {
  effective_from: DateParts;
  levels: Record<string, string>;
  evidence: Record<string, string>;
}

/** The capacity form's rules for a framework: a level 0–4 in every one of its domains. */
export function capacitySchema(framework: Framework) {
  const levels = Object.fromEntries(
    framework.domains.map((domain) => [
      domain.key,
      z
        .string({ error: `Select the level of need they can meet in ${domain.name.toLowerCase()}` })
        .refine((value) => (LEVEL_CHOICES as readonly string[]).includes(value), {
          message: `Select the level of need they can meet in ${domain.name.toLowerCase()}`,
        }),
    ]),
  );
  const evidence = Object.fromEntries(
    framework.domains.map((domain) => [
      domain.key,
      z
        .string()
        .max(
          EVIDENCE_MAX,
          `The evidence for ${domain.name.toLowerCase()} must be ${EVIDENCE_MAX.toLocaleString("en-GB")} characters or fewer`,
        ),
    ]),
  );
  return z.object({
    effective_from: requiredDate("The date it applies from"),
    levels: z.object(levels),
    evidence: z.object(evidence),
  });
}

/** The form's starting values: the current profile's levels (none if there is none). */
export function capacityDefaults(
  framework: Framework,
  current: Readonly<Record<string, number>> | null,
  evidence: Readonly<Record<string, string>>,
  today = todayParts(),
): CapacityValues {
  return {
    effective_from: today,
    levels: Object.fromEntries(
      framework.domains.map((domain) => {
        const level = current?.[domain.key];
        return [domain.key, level === undefined ? "" : String(level)];
      }),
    ),
    evidence: Object.fromEntries(
      framework.domains.map((domain) => [domain.key, evidence[domain.key] ?? ""]),
    ),
  };
}

/** The API body's levels and evidence (evidence left blank is not sent). */
export function capacityBody(values: CapacityValues) {
  return {
    levels: Object.fromEntries(
      Object.entries(values.levels).map(([key, level]) => [key, Number(level)]),
    ),
    evidence: Object.fromEntries(
      Object.entries(values.evidence)
        .map(([key, text]) => [key, text.trim()] as const)
        .filter(([, text]) => text !== ""),
    ),
  };
}
