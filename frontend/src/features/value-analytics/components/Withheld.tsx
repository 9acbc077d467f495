/** Why a whole analytic shows nothing: too few children to show without recognising them. */
export function WithheldNotice({ threshold, what }: { threshold: number; what: string }) {
  return (
    <div className="govuk-inset-text">
      Fewer than {threshold} children {what}, so nothing is shown: so few children could be
      recognised from their figures. Choose wider filters.
    </div>
  );
}

/** Why some rows read "withheld": small groups, and the next smallest beside a total. */
export function WithheldNote({ threshold }: { threshold: number }) {
  return (
    <p className="govuk-body-s">
      Where a group has fewer than {threshold} children its figures are withheld, so no child can be
      recognised; so is the next smallest group beside a total, so they cannot be worked out by
      subtraction.
    </p>
  );
}
