/**
 * The SSDA903 code lists an episode is recorded with (besides placement types, in
 * lib/child-codes), as the API validates them, with plain labels for choosing.
 */
export const LEGAL_STATUS_LABELS: Readonly<Record<string, string>> = {
  C1: "Interim care order",
  C2: "Full care order",
  D1: "Freeing order granted",
  E1: "Placement order granted",
  V2: "Single period of accommodation under section 20",
  V3: "Short-term breaks (single placements)",
  V4: "Short-term breaks (multiple placements)",
  L1: "Under police protection",
  L2: "Emergency protection order",
  L3: "Child assessment order",
  J1: "Remanded to local authority or youth detention accommodation",
  J2: "Placed under the Police and Criminal Evidence Act",
  J3: "Youth rehabilitation order with residence or fostering requirement",
};

export const PROVIDER_LABELS: Readonly<Record<string, string>> = {
  PR0: "Parent or other person with parental responsibility",
  PR1: "Own local authority",
  PR2: "Other local authority",
  PR3: "Other public provision",
  PR4: "Private provision",
  PR5: "Voluntary or third sector provision",
};

export const CHANGE_REASON_LABELS: Readonly<Record<string, string>> = {
  CARPL: "Change to the care plan",
  CLOSE: "Placement closed by the provider",
  ALLEG: "Allegation against the carer",
  STAND: "Standards of care concern",
  APPRR: "Carer’s approval changed",
  CREQB: "Carer requested the end (behaviour of the child)",
  CREQO: "Carer requested the end (other reasons)",
  CHILD: "The child requested the change",
  LAREQ: "Local authority requested the change",
  PLACE: "Change of placement type",
  CUSTOD: "Child in custody",
  OTHER: "Other",
};

/** "C2 – Full care order"; the code alone when it is not in the list. */
export function codeText(labels: Readonly<Record<string, string>>, code: string | null): string {
  if (!code) return "Not recorded";
  const label = labels[code];
  return label ? `${code} – ${label}` : code;
}

/** Select options for a code list, with an empty first choice when the field is optional. */
export function codeOptions(labels: Readonly<Record<string, string>>, empty?: string) {
  const options = Object.entries(labels).map(([code, label]) => ({
    value: code,
    label: `${code} – ${label}`,
  }));
  return empty === undefined ? options : [{ value: "", label: empty }, ...options];
}
