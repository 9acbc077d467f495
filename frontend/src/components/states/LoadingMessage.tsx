/** A polite, announced "still loading" line for a part of the page waiting on the API. */
export function LoadingMessage({ children }: { children: string }) {
  return (
    <p className="govuk-body" role="status">
      {children}
    </p>
  );
}
