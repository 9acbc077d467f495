/**
 * A small SSDA903 return for end-to-end tests: Header and Episodes CSV in the DOMAIN.md
 * column sets, dates dd/mm/yyyy, with one bad row whose line is known.
 */
export interface SampleReturn {
  header: string;
  episodes: string;
  /** A Reviews file (one of the return's optional files): one review of the first child. */
  reviews: string;
  /** Good episode rows, each to be imported. */
  episodeCount: number;
  /** The Episodes line (the column line is 1) holding a placement type that is no code. */
  badLine: number;
}

const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const EPISODES =
  "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

/** Three children with one to two episodes each; ids start with `prefix`, unique per run. */
export function sampleReturn(prefix: string): SampleReturn {
  const children = [1, 2, 3].map((n) => `${prefix}${String(n)}`);
  const header = [
    HEADER,
    `${children[0] ?? ""},1,14/03/2012,WBRI,,,`,
    `${children[1] ?? ""},2,02/11/2009,BAFR,,,`,
    `${children[2] ?? ""},1,29/07/2015,MWBC,,,`,
  ];
  const episodes = [
    EPISODES,
    `${children[0] ?? ""},01/04/2022,S,C2,N1,U4,PR1,10/01/2024,X1,CARPL,LS1 4,LS6 2,`,
    `${children[0] ?? ""},10/01/2024,P,C2,N1,K2,PR4,,,,LS1 4,M1 1AE,SC123456`,
    `${children[1] ?? ""},15/09/2023,S,V2,N4,U6,PR1,,,,BD1 1,BD3 9,`,
    // The bad row: Q9 is no SSDA903 placement type.
    `${children[2] ?? ""},05/05/2024,S,C1,N1,Q9,PR1,,,,HX1 1,HX3 0,`,
  ];
  return {
    header: `${header.join("\r\n")}\r\n`,
    episodes: `${episodes.join("\r\n")}\r\n`,
    reviews: `CHILD,DOB,REVIEW,REVIEW_CODE\r\n${children[0] ?? ""},14/03/2012,15/02/2024,PN1\r\n`,
    episodeCount: 3,
    badLine: 5,
  };
}
