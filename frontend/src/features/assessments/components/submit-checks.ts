import { ApiError } from "@/api/api-error";
import type { Assessment } from "@/features/assessments/api/assessments";

type CheckedField = "need_level" | "evidence";
/** Domain key → what is missing there. */
export type DomainErrors = Partial<Record<string, Partial<Record<CheckedField, string>>>>;

/**
 * What stops the assessment, as saved, being submitted: the API serves its own rule's checks
 * (every domain has a level, evidence from level 3) in the words a refused submit would use.
 */
export function checksOf(saved: Assessment): DomainErrors {
  const errors: DomainErrors = {};
  for (const { domain_key, field, message } of saved.submit_checks) {
    errors[domain_key] = { ...errors[domain_key], [field]: withoutStop(message) };
  }
  return errors;
}

/** Field messages read as a line of the error summary, without the API's full stop. */
function withoutStop(message: string): string {
  return message.replace(/\.$/, "");
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
    if (key && name) domains[key] = { ...domains[key], [name]: withoutStop(message) };
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
