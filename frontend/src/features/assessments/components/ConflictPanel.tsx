import { useEffect, useRef, useState } from "react";

import { type Framework, levelText } from "../../../lib/current-framework";
import type { Conflict, FieldKey, FieldValue } from "../api/draft-changes";
import { parseKey } from "../api/draft-changes";
import { ChoiceRadios } from "./ChoiceRadios";

const FIELD_NAMES = {
  summary: "Summary",
  aspirations: "Aspirations",
  what_helps: "What helps",
  need_level: "level of need",
  evidence: "evidence",
  strength_level: "strength",
  strength_notes: "about the strength",
} as const;

/** "Physical health: level of need", "Summary". */
export function fieldName(framework: Framework, key: FieldKey): string {
  const parsed = parseKey(key);
  if (!parsed) return key;
  if (parsed.domain === undefined) return FIELD_NAMES[parsed.field];
  const domain = framework.domains.find((candidate) => candidate.key === parsed.domain);
  return `${domain?.name ?? parsed.domain}: ${FIELD_NAMES[parsed.field]}`;
}

/** A field's value in words: a level with its label, a strength's label, or the text. */
export function fieldValueText(framework: Framework, key: FieldKey, value: FieldValue): string {
  const field = parseKey(key)?.field;
  if (value === null || value === "") return "(nothing)";
  if (field === "need_level" && typeof value === "number") return levelText(framework, value);
  if (field === "strength_level") {
    return (
      framework.strength_levels.find((strength) => strength.key === value)?.label ?? String(value)
    );
  }
  return String(value);
}

interface ConflictPanelProps {
  framework: Framework;
  conflicts: readonly Conflict[];
  onResolve: (choices: Partial<Record<FieldKey, "mine" | "theirs">>) => void;
}

/**
 * Someone else saved this assessment while it was being edited, changing some of the same
 * fields differently. Shows both versions of each and lets the person keep theirs or mine,
 * field by field; everything else has already been merged.
 */
export function ConflictPanel({ framework, conflicts, onResolve }: ConflictPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Partial<Record<FieldKey, "mine" | "theirs">>>({});
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="app-conflict" aria-labelledby="conflict-heading">
      <h2 className="govuk-heading-m" id="conflict-heading" ref={heading} tabIndex={-1}>
        Someone else changed this assessment
      </h2>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Your changes to {conflicts.length === 1 ? "this field" : "these fields"} are not saved
          yet. Choose which version to keep for each.
        </strong>
      </div>
      {conflicts.map((conflict, index) => (
        <ChoiceRadios
          key={conflict.key}
          id={`conflict-${String(index)}`}
          name={`conflict-${String(index)}`}
          legend={fieldName(framework, conflict.key)}
          choices={[
            {
              value: "mine",
              label: "Keep my version",
              hint: (
                <q className="app-quote">
                  {fieldValueText(framework, conflict.key, conflict.mine)}
                </q>
              ),
            },
            {
              value: "theirs",
              label: "Keep their version",
              hint: (
                <q className="app-quote">
                  {fieldValueText(framework, conflict.key, conflict.theirs)}
                </q>
              ),
            },
          ]}
          value={choices[conflict.key] ?? "mine"}
          onChange={(choice) => {
            setChoices((current) => ({ ...current, [conflict.key]: choice as "mine" | "theirs" }));
          }}
        />
      ))}
      <button
        type="button"
        className="govuk-button"
        onClick={() => {
          onResolve(choices);
        }}
      >
        Save with these choices
      </button>
    </section>
  );
}
