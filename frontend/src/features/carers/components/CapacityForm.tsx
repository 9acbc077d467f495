import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { type FieldErrors, useForm } from "react-hook-form";

import { Button } from "@/components/forms/Button";
import { choiceId } from "@/components/forms/choice-ids";
import { DateInput } from "@/components/forms/DateInput";
import { ErrorSummary, type SummaryError } from "@/components/forms/ErrorSummary";
import { applyProblemToForm, type FieldTarget } from "@/components/forms/form-errors";
import { Radios } from "@/components/forms/Radios";
import { Textarea } from "@/components/forms/Textarea";
import type { Framework } from "@/lib/current-framework";
import { capacitySchema, type CapacityValues, EVIDENCE_MAX } from "./capacity-schema";

function levelFieldId(key: string) {
  return `level-${key}`;
}

/** The summary's lines in the page's order: the date, then each domain's level and evidence. */
function capacitySummary(
  framework: Framework,
  errors: FieldErrors<CapacityValues>,
  others: readonly string[],
): SummaryError[] {
  const lines: SummaryError[] = [];
  const date = errors.effective_from?.message;
  if (date) lines.push({ text: date, fieldId: "effective-from" });
  const levelsRoot = errors.levels?.message ?? errors.levels?.root?.message;
  if (typeof levelsRoot === "string") lines.push({ text: levelsRoot });
  for (const domain of framework.domains) {
    const level = errors.levels?.[domain.key]?.message;
    if (level) lines.push({ text: level, fieldId: choiceId(levelFieldId(domain.key), 0) });
    const evidence = errors.evidence?.[domain.key]?.message;
    if (evidence) lines.push({ text: evidence, fieldId: `evidence-${domain.key}` });
  }
  return [...lines, ...others.map((text) => ({ text }))];
}

interface CapacityFormProps {
  framework: Framework;
  defaultValues: CapacityValues;
  saving: boolean;
  onSave: (values: CapacityValues, onError: (error: unknown) => void) => void;
}

/**
 * A household's capacity in every domain of the framework: the highest level of need 0–4
 * they can meet, each level explained by the framework's own descriptor, with evidence.
 */
export function CapacityForm({ framework, defaultValues, saving, onSave }: CapacityFormProps) {
  const schema = useMemo(() => capacitySchema(framework), [framework]);
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<CapacityValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues,
  });
  const { errors } = formState;
  const firstDomain = framework.domains[0]?.key ?? "";
  const fields: readonly FieldTarget<CapacityValues>[] = [
    { name: "effective_from", fieldId: "effective-from" },
    { name: "levels", fieldId: choiceId(levelFieldId(firstDomain), 0) },
    { name: "evidence", fieldId: `evidence-${firstDomain}` },
  ];

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    onSave(values, (error) => {
      setOtherErrors(applyProblemToForm(error, fields, setError));
      failed();
    });
  }, failed);

  const levelChoices = (domain: Framework["domains"][number]) =>
    framework.levels.map((level) => {
      const descriptor = domain.levels.find((entry) => entry.level === level.level)?.descriptor;
      return {
        value: String(level.level),
        label: `${String(level.level)} – ${level.label}`,
        ...(descriptor ? { hint: descriptor } : {}),
      };
    });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={capacitySummary(framework, errors, otherErrors)} focusKey={focusKey} />
      <DateInput
        id="effective-from"
        legend="Date this capacity applies from"
        hint="For example, 27 3 2026. Earlier profiles are kept as history."
        error={errors.effective_from?.message}
        day={register("effective_from.day")}
        month={register("effective_from.month")}
        year={register("effective_from.year")}
      />
      {framework.domains.map((domain) => (
        <section
          key={domain.key}
          className="app-domain-block"
          aria-labelledby={`heading-${domain.key}`}
        >
          <h2 className="govuk-heading-m" id={`heading-${domain.key}`}>
            {domain.name}
          </h2>
          <p className="govuk-body">{domain.description}</p>
          <Radios
            id={levelFieldId(domain.key)}
            legend={`Highest level of need they can meet in ${domain.name.toLowerCase()}`}
            choices={levelChoices(domain)}
            error={errors.levels?.[domain.key]?.message}
            small
            inputProps={register(`levels.${domain.key}`)}
          />
          <Textarea
            id={`evidence-${domain.key}`}
            label={`Evidence for ${domain.name.toLowerCase()} (optional)`}
            hint="Skills, training, experience and support that show it"
            maxLength={EVIDENCE_MAX}
            rows={3}
            error={errors.evidence?.[domain.key]?.message}
            {...register(`evidence.${domain.key}`)}
          />
        </section>
      ))}
      <Button type="submit" pending={saving}>
        Save capacity
      </Button>
    </form>
  );
}
