import type { Referral } from "./referrals";

/** One identifying detail the server's scanner found in what agencies would read. */
export type IdentifyingDetail = Referral["identifying_details"][number];

/** Where the young person's own words are: `young_person_words.<section>`. */
const YOUNG_PERSON_PREFIX = "young_person_words.";

/**
 * The scanner's messages by the form's field keys (`what_helps`, `needs.<domain>.needs_text`),
 * several in one field joined; the young person's words are left to `youngPersonMessages`.
 */
export function findingMessages(details: readonly IdentifyingDetail[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const detail of details) {
    if (detail.young_persons_words) continue;
    messages[detail.field] = messages[detail.field]
      ? `${messages[detail.field] ?? ""} ${detail.message}`
      : detail.message;
  }
  return messages;
}

/** The messages about the young person's words, by section. */
export function youngPersonMessages(details: readonly IdentifyingDetail[]): string[] {
  return details
    .filter((detail) => detail.field.startsWith(YOUNG_PERSON_PREFIX))
    .map((detail) => detail.message);
}
