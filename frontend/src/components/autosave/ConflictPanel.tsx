import { useEffect, useRef, useState } from "react";

import { type Conflict, type FieldValue, isChoices } from "@/lib/autosave/field-changes";
import { ChoiceRadios } from "@/components/forms/ChoiceRadios";
import { WarningText } from "@/components/states/WarningText";

type Choices<K extends string> = Partial<Record<K, "mine" | "theirs">>;

interface ConflictPanelProps<K extends string> {
  /** What is being edited, for the heading: "assessment", "referral". */
  what: string;
  conflicts: readonly Conflict<K>[];
  /** A field's name for the person: "Summary", "Physical health: level of need". */
  fieldName: (key: K) => string;
  /** A field's value in words; empty values are "(nothing)" already. */
  valueText: (key: K, value: FieldValue) => string;
  onResolve: (choices: Choices<K>) => void;
}

/**
 * Someone else saved the record while it was being edited, changing some of the same
 * fields differently. Shows both versions of each and lets the person keep theirs or mine,
 * field by field; everything else has already been merged.
 */
export function ConflictPanel<K extends string>(props: ConflictPanelProps<K>) {
  const { what, conflicts, fieldName, valueText, onResolve } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Choices<K>>({});
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const quoted = (key: K, value: FieldValue) => (
    <q className="app-quote">
      {value === null || value === "" || (isChoices(value) && value.length === 0)
        ? "(nothing)"
        : valueText(key, value)}
    </q>
  );
  return (
    <section className="app-conflict" aria-labelledby="conflict-heading">
      <h2 className="govuk-heading-m" id="conflict-heading" ref={heading} tabIndex={-1}>
        Someone else changed this {what}
      </h2>
      <WarningText>
        Your changes to {conflicts.length === 1 ? "this field" : "these fields"} are not saved yet.
        Choose which version to keep for each.
      </WarningText>
      {conflicts.map((conflict, index) => (
        <ChoiceRadios
          key={conflict.key}
          id={`conflict-${String(index)}`}
          name={`conflict-${String(index)}`}
          legend={fieldName(conflict.key)}
          choices={[
            { value: "mine", label: "Keep my version", hint: quoted(conflict.key, conflict.mine) },
            {
              value: "theirs",
              label: "Keep their version",
              hint: quoted(conflict.key, conflict.theirs),
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
