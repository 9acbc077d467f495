import { useEffect } from "react";

/** Sets the browser tab title to "<page> – Kindred", as GOV.UK pages name themselves. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} – Kindred`;
  }, [page]);
}
