import {
  type Changes,
  entries,
  type FieldModel,
  type FieldValue,
  sameValue,
} from "@/lib/autosave/field-changes";
import {
  type AboutMeContent,
  type AboutMeWrite,
  contentOf,
  type MyAboutMe,
  type SectionKey,
} from "./my-voice";

/**
 * "About me" as the autosave holds a record: its version number, and always editable, since
 * only the young person writes it.
 */
export interface AboutMeRecord {
  id: string;
  version: number;
  permissions: { can_edit: boolean };
  aboutMe: MyAboutMe;
}

/**
 * One part of "About me" as a flat key: a section's words ("sections.good_at"), whether it is
 * shared ("share.good_at"), or a rating of a domain ("self_ratings.<domain>.level" or ".words").
 */
export type AboutMeKey =
  `sections.${string}` | `share.${string}` | `self_ratings.${string}.${"level" | "words"}`;

type ParsedKey =
  { part: "sections" | "share"; name: string } | { part: "level" | "words"; name: string };

function parseKey(key: string): ParsedKey | undefined {
  const section = /^(sections|share)\.([a-z_]+)$/.exec(key);
  if (section?.[1] && section[2]) {
    return { part: section[1] === "share" ? "share" : "sections", name: section[2] };
  }
  const rating = /^self_ratings\.([^.]+)\.(level|words)$/.exec(key);
  if (rating?.[1] && rating[2]) {
    return { part: rating[2] === "level" ? "level" : "words", name: rating[1] };
  }
  return undefined;
}

function isSection(content: AboutMeContent, name: string): name is SectionKey {
  return name in content.sections;
}

/** The record for a version the server has. */
export function aboutMeRecord(aboutMe: MyAboutMe): AboutMeRecord {
  return { id: "me", version: aboutMe.number, permissions: { can_edit: true }, aboutMe };
}

/** Every part of what the young person wrote and chose, by flat key. */
function fieldsOf(content: AboutMeContent): Changes<AboutMeKey> {
  const fields: Changes<AboutMeKey> = {};
  for (const [name, text] of Object.entries(content.sections)) fields[`sections.${name}`] = text;
  for (const [name, shared] of Object.entries(content.share)) fields[`share.${name}`] = shared;
  for (const [domain, { level, words = "" }] of Object.entries(content.self_ratings)) {
    fields[`self_ratings.${domain}.level`] = level;
    fields[`self_ratings.${domain}.words`] = words;
  }
  return fields;
}

/** The parts `update` changed, as edits for the autosave. */
export function changedFields(before: AboutMeContent, after: AboutMeContent) {
  const was = fieldsOf(before);
  return entries(fieldsOf(after)).filter(([key, value]) => !sameValue(was[key], value));
}

function valueIn(record: AboutMeRecord, key: AboutMeKey): FieldValue | undefined {
  const parsed = parseKey(key);
  const { aboutMe } = record;
  if (!parsed) return undefined;
  if (parsed.part === "level") return aboutMe.self_ratings[parsed.name]?.level ?? null;
  if (parsed.part === "words") return aboutMe.self_ratings[parsed.name]?.words ?? "";
  if (!isSection(aboutMe, parsed.name)) return undefined;
  return aboutMe[parsed.part][parsed.name];
}

function applyChanges(record: AboutMeRecord, changes: Changes<AboutMeKey>): AboutMeRecord {
  const list = entries(changes);
  if (list.length === 0) return record;
  const aboutMe: MyAboutMe = {
    ...record.aboutMe,
    sections: { ...record.aboutMe.sections },
    share: { ...record.aboutMe.share },
    self_ratings: { ...record.aboutMe.self_ratings },
  };
  for (const [key, value] of list) {
    const parsed = parseKey(key);
    if (!parsed) continue;
    if (parsed.part === "level" || parsed.part === "words") {
      const rating = aboutMe.self_ratings[parsed.name] ?? { level: null, words: "" };
      aboutMe.self_ratings[parsed.name] =
        parsed.part === "level"
          ? { ...rating, level: typeof value === "number" ? value : null }
          : { ...rating, words: String(value ?? "") };
    } else if (isSection(aboutMe, parsed.name)) {
      if (parsed.part === "sections") aboutMe.sections[parsed.name] = String(value ?? "");
      else aboutMe.share[parsed.name] = value === true;
    }
  }
  return { ...record, aboutMe };
}

function recordFrom(value: unknown): AboutMeRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const candidate = value as Partial<MyAboutMe>;
  const complete =
    typeof candidate.number === "number" &&
    typeof candidate.sections === "object" &&
    typeof candidate.share === "object" &&
    typeof candidate.self_ratings === "object";
  return complete ? aboutMeRecord(value as MyAboutMe) : undefined;
}

/**
 * A young person's "About me", field by field, for the autosave: each save PUTs the whole of
 * it, on the version it was based on.
 */
export const aboutMeFields: FieldModel<AboutMeRecord, AboutMeKey, AboutMeWrite> = {
  storageKey: (_id, ownerId) => `kindred.about-me.${ownerId}`,
  isKey: (key): key is AboutMeKey => parseKey(key) !== undefined,
  valueIn,
  applyChanges,
  patchBody: (version, changes, server) => ({
    based_on: version,
    ...contentOf(applyChanges(server, changes).aboutMe),
  }),
  recordFrom,
};
