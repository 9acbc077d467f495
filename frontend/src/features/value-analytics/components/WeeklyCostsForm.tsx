import { useForm } from "react-hook-form";

import { ApiError } from "@/api/api-error";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextInput } from "@/components/forms/TextInput";
import { useFormProblems } from "@/components/forms/use-form-problems";
import { penceToPoundsText, poundsToPence } from "@/lib/money";
import { useSetWeeklyCosts, type WeeklyCosts } from "@/features/value-analytics/api/weekly-costs";

type Values = Record<string, string>;

/**
 * The API names a bad cost by its place in the list sent (`body.costs.1.weekly_cost_pence`);
 * the form by its placement type. This puts each error on the type it was sent for.
 */
export function byPlacementType(error: unknown, sent: readonly string[]): unknown {
  if (!(error instanceof ApiError)) return error;
  const errors = (error.problem.errors ?? []).map((fieldError) => {
    const match = /^body\.costs\.(\d+)/.exec(fieldError.field);
    const code = match ? sent[Number(match[1])] : undefined;
    return code ? { ...fieldError, field: `body.${code}` } : fieldError;
  });
  return new ApiError({ ...error.problem, errors });
}

/** Admins: the council's own average weekly cost per placement type; blank for the default. */
export function WeeklyCostsForm({ costs }: { costs: WeeklyCosts["costs"] }) {
  const save = useSetWeeklyCosts();
  const fields = costs.map((cost) => ({
    name: cost.placement_type,
    fieldId: `weekly-cost-${cost.placement_type}`,
  }));
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    shouldFocusError: false,
    defaultValues: Object.fromEntries(
      costs.map((cost) => [
        cost.placement_type,
        cost.basis === "council" ? penceToPoundsText(cost.weekly_cost_pence) : "",
      ]),
    ),
  });
  const { errors } = formState;
  const problems = useFormProblems(fields, setError);
  const onSubmit = handleSubmit((values) => {
    problems.clear();
    const given = costs.filter((cost) => (values[cost.placement_type] ?? "").trim());
    const sent = given.map((cost) => cost.placement_type);
    let valid = true;
    for (const code of sent) {
      if (poundsToPence(values[code] ?? "") === undefined) {
        setError(code, { message: "Enter the weekly cost in pounds, like 625.50" });
        valid = false;
      }
    }
    if (!valid) {
      problems.failed();
      return;
    }
    save.mutate(
      {
        costs: sent.map((code) => ({
          placement_type: code,
          weekly_cost_pence: poundsToPence(values[code] ?? "") ?? 0,
        })),
      },
      {
        onError: (error) => {
          problems.apiFailed(byPlacementType(error, sent));
        },
      },
    );
  }, problems.failed);
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={problems.summary(errors)} focusKey={problems.focusKey} />
      <h2 className="govuk-heading-m">Change the weekly costs</h2>
      <p className="govuk-body">
        The council’s average weekly cost of each placement type, in pounds. Leave one blank to use
        the indicative default.
      </p>
      {costs.map((cost) => (
        <TextInput
          key={cost.placement_type}
          id={`weekly-cost-${cost.placement_type}`}
          label={`${cost.placement_type} – ${cost.placement_label}`}
          inputMode="decimal"
          widthClass="govuk-input--width-10"
          error={errors[cost.placement_type]?.message}
          {...register(cost.placement_type)}
        />
      ))}
      {save.isSuccess ? (
        <p className="govuk-body" role="status">
          Weekly costs saved.
        </p>
      ) : null}
      <button type="submit" className="govuk-button" disabled={save.isPending}>
        Save weekly costs
      </button>
    </form>
  );
}
