const SIGN_IN_PATH = "/sign-in";
// Any origin will do: it only tells a same-origin path from one that leaves the site.
const PLACEHOLDER_ORIGIN = "https://kindred.invalid";
// eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * The `returnTo` of a sign-in link if it is safe to follow: a path on this site ("/…",
 * never "//host" or "/\host", which browsers read as another site), else null. Returning
 * to the sign-in page itself is refused too, so sign-in cannot loop.
 */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value?.startsWith("/") || value.startsWith("//")) return null;
  if (value.includes("\\") || CONTROL_CHARACTERS.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || url.pathname === SIGN_IN_PATH) return null;
  return url.pathname + url.search + url.hash;
}

/** The sign-in page's address, coming back to `returnTo` (a path and query) afterwards. */
export function signInPath(returnTo?: string): string {
  const safe = safeReturnTo(returnTo);
  return safe
    ? `${SIGN_IN_PATH}?${new URLSearchParams({ returnTo: safe }).toString()}`
    : SIGN_IN_PATH;
}
