import { ApiError } from "../../../api/api-error";
import type { Assessment } from "../api/assessments";

/** Evidence is required from this level of need (the API's rule too). */
export const EVIDENCE_FROM_LEVEL = 3;

type CheckedField = "need_level" | "evidence";
/** Domain key → what is missing there. */
export type DomainErrors = Partial<Record<string, Partial<Record<CheckedField, string>>>>;

/** What stops the assessment being submitted: a level for every domain, evidence at 3+. */
export function checkComplete(draft: Assessment): DomainErrors {
  const errors: DomainErrors = {};
  for (const domain of draft.domains) {
    if (domain.need_level === null) {
      errors[domain.key] = { need_level: `Choose a level of need for ${domain.name}` };
    } else if (domain.need_level >= EVIDENCE_FROM_LEVEL && !domain.evidence.trim()) {
      errors[domain.key] = {
        evidence: `Give the evidence for a level ${String(domain.need_level)} need in ${domain.name}`,
      };
    }
  }
  return errors;
}

const DOMAIN_FIELD = /^body\.domains\.(.+)\.(need_level|evidence)$/;

/** A refused submit's field errors on their domains; the rest as plain messages. */
export function errorsFromProblem(error: unknown): { domains: DomainErrors; other: string[] } {
  if (!(error instanceof ApiError)) {
    return {
      domains: {},
      other: ["Kindred could not be reached. Check your connection and try again."],
    };
  }
  const domains: DomainErrors = {};
  const other: string[] = [];
  for (const { field, message } of error.problem.errors ?? []) {
    const match = DOMAIN_FIELD.exec(field);
    const key = match?.[1];
    const name = match?.[2] as CheckedField | undefined;
    if (key && name) domains[key] = { ...domains[key], [name]: message.replace(/\.$/, "") };
    else other.push(message);
  }
  if (Object.keys(domains).length === 0 && other.length === 0) other.push(error.problem.detail);
  return { domains, other };
}

/** The first problem of each domain, in framework order, with the control to focus. */
export function summaryOf(
  draft: Assessment,
  errors: DomainErrors,
): { step: number; fieldId: string; text: string }[] {
  const lines: { step: number; fieldId: string; text: string }[] = [];
  draft.domains.forEach((domain, index) => {
    const found = errors[domain.key];
    if (found?.need_level) {
      lines.push({ step: index + 1, fieldId: levelFieldId(domain.key), text: found.need_level });
    }
    if (found?.evidence) {
      lines.push({ step: index + 1, fieldId: evidenceFieldId(domain.key), text: found.evidence });
    }
  });
  return lines;
}

export function levelFieldId(domainKey: string): string {
  return `level-${domainKey}`;
}

export function evidenceFieldId(domainKey: string): string {
  return `evidence-${domainKey}`;
}
