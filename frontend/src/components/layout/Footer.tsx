/**
 * A GOV.UK-styled footer with no crown, crest or Crown copyright:
 * Kindred is a council product.
 */
export function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              Kindred: needs-led care for children’s services.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
