import type { BulkLoad } from "@/features/bulk-loads/api/bulk-loads";

type Counts = NonNullable<BulkLoad["preview"]>;

/** Households or cost records created, updated and left unchanged (or that would be). */
export function LoadCountsTable({ caption, counts }: { caption: string; counts: Counts }) {
  const figures = [
    ["Created", counts.created],
    ["Updated", counts.updated],
    ["Unchanged", counts.unchanged],
  ] as const;
  return (
    <dl className="govuk-summary-list" aria-label={caption}>
      {figures.map(([what, figure]) => (
        <div className="govuk-summary-list__row" key={what}>
          <dt className="govuk-summary-list__key">{what}</dt>
          <dd className="govuk-summary-list__value">{figure.toLocaleString("en-GB")}</dd>
        </div>
      ))}
    </dl>
  );
}
