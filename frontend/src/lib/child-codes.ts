import type { components } from "@/api/schema";

export type CareStatus = components["schemas"]["CareStatus"];
export type Sex = components["schemas"]["Sex"];

/** How care statuses are named to people; `satisfies` fails the build when the API adds one. */
export const CARE_STATUS_LABELS = {
  in_care: "In care",
  edge_of_care: "Edge of care",
  care_leaver: "Care leaver",
} as const satisfies Record<CareStatus, string>;

export const SEX_LABELS = { "1": "Male", "2": "Female" } as const satisfies Record<Sex, string>;

/**
 * The statutory SSDA903 placement types (the looked-after children return), as the API
 * stores them. A fixed government code list, so it lives here rather than in a framework.
 */
export const PLACEMENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  U1: "Foster placement with relative or friend, long-term fostering",
  U2: "Foster placement with relative or friend who is also an approved adopter",
  U3: "Foster placement with relative or friend, not long-term or FFA",
  U4: "Foster placement with other foster carer, long-term fostering",
  U5: "Foster placement with other foster carer who is also an approved adopter",
  U6: "Foster placement with other foster carer, not long-term or FFA",
  K1: "Secure children’s home",
  K2: "Children’s home",
  R1: "Residential care home",
  H5: "Semi-independent living accommodation",
  P1: "Placed with own parent(s) or person with parental responsibility",
  P2: "Independent living",
  A3: "Placed for adoption with parental consent with current foster carer",
  A4: "Placed for adoption with parental consent, not with current foster carer",
  A5: "Placed for adoption with placement order with current foster carer",
  A6: "Placed for adoption with placement order, not with current foster carer",
  S1: "Residential school",
  R2: "NHS or health trust or other establishment providing medical or nursing care",
  Z1: "Other placement",
};

/** "U6 – Foster placement with …", or "Not recorded" when there is none. */
export function placementTypeText(code: string | null | undefined): string {
  if (!code) return "Not recorded";
  const label = PLACEMENT_TYPE_LABELS[code];
  return label ? `${code} – ${label}` : code;
}

interface Named {
  given_name: string;
  family_name: string;
  preferred_name?: string | null;
}

/** The name a child is known by: their preferred given name if they have one. */
export function childName(child: Named): string {
  return `${child.preferred_name ?? child.given_name} ${child.family_name}`;
}
