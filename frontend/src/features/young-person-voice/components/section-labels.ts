import type { SectionKey } from "@/features/young-person-voice/api/my-voice";

/** The "About me" sections in order, with the young person's own headings and a nudge. */
export const SECTIONS: readonly { key: SectionKey; label: string; hint: string }[] = [
  { key: "good_at", label: "What I’m good at", hint: "Things you like doing or feel proud of." },
  { key: "matters_to_me", label: "What matters to me", hint: "Things and places you care about." },
  {
    key: "want_people_to_know",
    label: "What I want people to know about me",
    hint: "Anything you want the adults around you to know.",
  },
  {
    key: "helps_when_hard",
    label: "What helps when things are hard",
    hint: "What you or other people can do that makes it better.",
  },
  { key: "goals_soon", label: "My goals for soon", hint: "Something you want to do this year." },
  {
    key: "goals_older",
    label: "My goals for when I’m older",
    hint: "What you would like to do or be.",
  },
  {
    key: "important_people",
    label: "People who are important to me",
    hint: "Family, friends, carers, teachers or anyone else.",
  },
];

/** A face for each level of need (0 doing fine … 4 really hard): decoration beside words. */
export const LEVEL_FACES = ["😄", "🙂", "😐", "😟", "😢"] as const;

export function faceFor(level: number | null | undefined): string {
  return level === null || level === undefined ? "" : (LEVEL_FACES[level] ?? "");
}
