/**
 * How an agency's system checks a delivery, in the same terms as the partner API's
 * description of webhooks (modules/webhooks/router.py SIGNING): shown where a secret is.
 */
export function SignatureGuide() {
  return (
    <>
      <h2 className="govuk-heading-m">Checking that an event came from Kindred</h2>
      <p className="govuk-body">
        Kindred sends each event as a POST of JSON to your address. Your system should:
      </p>
      <ol className="govuk-list govuk-list--number">
        <li>
          work out the HMAC-SHA256 of the raw request body with the signing secret, and compare it
          with the <code>X-Kindred-Signature</code> header (<code>sha256=</code> then the hex
          digest), in constant time
        </li>
        <li>
          refuse events whose <code>X-Kindred-Timestamp</code> (Unix seconds) is more than a few
          minutes old
        </li>
        <li>
          answer with a 2xx status within 10 seconds, and ignore an event whose{" "}
          <code>X-Kindred-Event-Id</code> it has seen before
        </li>
      </ol>
      <p className="govuk-body">
        If your system does not answer 2xx, Kindred tries again after 30 seconds, then 1, 2, 4, 8,
        16, 32 and 64 minutes, and then marks the delivery failed. Every try is in the webhook’s
        delivery log.
      </p>
    </>
  );
}
