import type { components } from "@/api/schema";
import { actionsOf } from "./role-actions";

type AboutMe = components["schemas"]["AboutMeRead"];
type ChildFramework = components["schemas"]["ChildFramework"];
type VoiceComparison = components["schemas"]["VoiceComparison"];
type Me = components["schemas"]["MeRead"];

export const YOUNG_PERSON_ME: Me = {
  id: "7a0f1c5e-1111-4c4c-9c9c-000000000009",
  email: "amara-k7p3",
  display_name: "Amara",
  role: "young_person",
  organisation: { id: "0b7c1c3e-6f7d-4a53-9d55-3e1f1d0a0001", name: "Northshire", kind: "council" },
  teams: [],
  actions: actionsOf("young_person"),
  csrf_token: "csrf-abc",
};

const NOTHING_WRITTEN = {
  good_at: "",
  matters_to_me: "",
  want_people_to_know: "",
  helps_when_hard: "",
  goals_soon: "",
  goals_older: "",
  important_people: "",
};

const ALL_SHARED = {
  good_at: true,
  matters_to_me: true,
  want_people_to_know: true,
  helps_when_hard: true,
  goals_soon: true,
  goals_older: true,
  important_people: true,
};

/** An "About me": nothing written (number 0) unless overridden. */
export function aboutMe(overrides: Partial<AboutMe> = {}): AboutMe {
  return {
    number: 0,
    created_at: null,
    author: null,
    framework_version: "1.0.0",
    sections: NOTHING_WRITTEN,
    self_ratings: {},
    share: ALL_SHARED,
    ...overrides,
  };
}

export const CHILD_FRAMEWORK: ChildFramework = {
  version: "1.0.0",
  levels: [0, 1, 2, 3, 4].map((level) => ({ level, child_label: `Level ${String(level)}` })),
  domains: [
    {
      key: "physical_health",
      child_name: "My body and health",
      child_description: "Eating, sleeping, feeling well.",
      levels: ["I feel well", "Mostly fine", "Some worries", "Hard a lot", "Really hard"].map(
        (child_descriptor, level) => ({ level, child_descriptor }),
      ),
    },
  ],
};

export const COMPARISON: VoiceComparison = {
  assessment_id: "a0000000-0000-4000-8000-000000000001",
  assessed_on: "2026-11-20",
  about_me_number: 2,
  about_me_created_at: "2026-11-25T10:00:00Z",
  differences: 1,
  domains: [
    {
      key: "physical_health",
      name: "Physical health",
      child_name: "My body and health",
      practitioner_level: 1,
      young_person_level: 1,
      young_person_words: "",
      differs: false,
    },
    {
      key: "emotional_wellbeing",
      name: "Emotional wellbeing and mental health",
      child_name: "My feelings",
      practitioner_level: 1,
      young_person_level: 3,
      young_person_words: "I worry at night",
      differs: true,
    },
    {
      key: "learning_and_education",
      name: "Learning and education",
      child_name: "School",
      practitioner_level: 2,
      young_person_level: null,
      young_person_words: "",
      differs: false,
    },
  ],
};
