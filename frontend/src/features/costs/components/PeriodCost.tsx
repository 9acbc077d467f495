import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { DateInput } from "@/components/forms/DateInput";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { summaryErrors } from "@/components/forms/form-errors";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { isoDateOf, partsOf, requiredDate } from "@/lib/date-parts";
import { formatDate, pluralise } from "@/lib/format";
import { formatPence, formatWeeklyFee } from "@/lib/money";
import { problemOf } from "@/lib/problem";
import {
  type CostKind,
  type Funder,
  type Period,
  type PeriodCost as PeriodCostData,
  periodCostQueryOptions,
} from "@/features/costs/api/costs";
import { FUNDER_LABELS, KIND_LABELS } from "./cost-labels";

const schema = z
  .object({ from: requiredDate("From"), to: requiredDate("To") })
  .refine(({ from, to }) => (isoDateOf(from) ?? "") <= (isoDateOf(to) ?? ""), {
    message: "To must be the same as or after From",
    path: ["to"],
  });
type Values = z.input<typeof schema>;

const FIELDS = [
  { name: "from", fieldId: "period-from" },
  { name: "to", fieldId: "period-to" },
] as const;

function Breakdown({ cost }: { cost: PeriodCostData }) {
  const rows: [string, number][] = [
    ...(Object.keys(FUNDER_LABELS) as Funder[]).map((funder): [string, number] => [
      `Paid by ${FUNDER_LABELS[funder].toLowerCase()}`,
      cost.by_funder[funder],
    ]),
    ...(Object.keys(KIND_LABELS) as CostKind[]).map((kind): [string, number] => [
      KIND_LABELS[kind],
      cost.by_kind[kind],
    ]),
  ];
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">
          Total, {formatDate(cost.from)} to {formatDate(cost.to)} ({pluralise(cost.days, "day")})
        </dt>
        <dd className="govuk-summary-list__value">
          <strong>{formatPence(cost.total_pence)}</strong>
        </dd>
      </div>
      {rows
        .filter(([, pence]) => pence !== 0)
        .map(([label, pence]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{formatPence(pence)}</dd>
          </div>
        ))}
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Running today</dt>
        <dd className="govuk-summary-list__value">{formatWeeklyFee(cost.current_weekly_pence)}</dd>
      </div>
    </dl>
  );
}

/** What the child's care cost over a chosen period: the total, by funder and by kind. */
export function PeriodCost({ childId }: { childId: string }) {
  // Nothing chosen yet: the API's default, the twelve months to today.
  const [period, setPeriod] = useState<Period>({});
  const cost = useQuery(periodCostQueryOptions(childId, period));
  const [focusKey, setFocusKey] = useState(0);
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { from: partsOf(null), to: partsOf(null) },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit(
    ({ from, to }) => {
      setPeriod({ from: isoDateOf(from) ?? undefined, to: isoDateOf(to) ?? undefined });
    },
    () => {
      setFocusKey((key) => key + 1);
    },
  );

  let result;
  if (cost.isPending) result = <LoadingMessage>Working out the cost…</LoadingMessage>;
  else if (cost.isError) result = <ProblemMessage problem={problemOf(cost.error, "The cost")} />;
  else result = <Breakdown cost={cost.data} />;
  return (
    <>
      {result}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary errors={summaryErrors(errors, FIELDS)} focusKey={focusKey} />
        <DateInput
          id="period-from"
          legend="From"
          hint="The first day of the period, for example, 1 4 2025"
          error={errors.from?.message}
          day={register("from.day")}
          month={register("from.month")}
          year={register("from.year")}
        />
        <DateInput
          id="period-to"
          legend="To"
          hint="The last day, included"
          error={errors.to?.message}
          day={register("to.day")}
          month={register("to.month")}
          year={register("to.year")}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show the cost of this period
        </button>
      </form>
    </>
  );
}
