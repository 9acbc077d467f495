import { WarningText } from "@/components/states/WarningText";
import type { IdentifyingDetail } from "@/features/referrals/api/identifying-details";
import { parseNeedKey } from "@/features/referrals/api/referral-fields";
import type { Referral } from "@/features/referrals/api/referrals";
import { FACT_LABELS, needLabel } from "./field-words";

/** Where a detail is, in the words of the form: "What helps", "The young person’s words: …". */
function whereIs(referral: Referral, field: string): string {
  const need = parseNeedKey(field);
  if (need) {
    const domain = referral.needs.find((item) => item.domain_key === need.domain);
    return needLabel(domain?.domain_name ?? need.domain, need.field);
  }
  const section = referral.young_person_words.find(
    (words) => field === `young_person_words.${words.section}`,
  );
  if (section) return `The young person’s words: ${section.heading}`;
  return field in FACT_LABELS ? FACT_LABELS[field as keyof typeof FACT_LABELS] : field;
}

/**
 * The scanner's findings in what agencies would read, field by field with the words quoted,
 * or a line saying it found none. A manager sees this beside the agency's snapshot.
 */
export function IdentifyingDetailsFound({ referral }: { referral: Referral }) {
  const details: readonly IdentifyingDetail[] = referral.identifying_details;
  if (details.length === 0) {
    return (
      <p className="govuk-body" data-testid="identifying-details">
        The check for names, dates, postcodes, addresses, schools, contact details and identifiers
        found nothing in what agencies will read.
      </p>
    );
  }
  return (
    <div data-testid="identifying-details">
      <WarningText block>
        <p className="govuk-body govuk-!-font-weight-bold">
          Agencies would read identifying details. Approval is refused until they are removed:
          return the referral for changes.
        </p>
      </WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {details.map((detail) => (
          <li key={`${detail.field}-${detail.words}`}>
            <strong>{whereIs(referral, detail.field)}:</strong> {detail.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
