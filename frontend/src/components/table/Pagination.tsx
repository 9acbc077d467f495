import { Link } from "react-router";

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The address of page `page` of this list (filters kept). */
  hrefFor: (page: number) => string;
}

type Slot = number | "gap";

/** Page numbers to show: the first, the last, and the current one with its neighbours. */
export function pageSlots(page: number, pageCount: number): Slot[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1]);
  const pages = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const slots: Slot[] = [];
  for (const n of pages) {
    const previous = slots.at(-1);
    if (typeof previous === "number" && n - previous > 1) slots.push("gap");
    slots.push(n);
  }
  return slots;
}

/** GOV.UK pagination: previous, numbered pages with gaps, next. Nothing for one page. */
export function Pagination({ page, pageSize, total, hrefFor }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pages">
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page - 1)} rel="prev">
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {pageSlots(page, pageCount).map((slot, index) =>
          slot === "gap" ? (
            <li
              // Gaps have no identity of their own; their position is stable for a render.
              key={`gap-${String(index)}`}
              className="govuk-pagination__item govuk-pagination__item--ellipses"
            >
              &ctdot;
            </li>
          ) : (
            <li
              key={slot}
              className={
                slot === page
                  ? "govuk-pagination__item govuk-pagination__item--current"
                  : "govuk-pagination__item"
              }
            >
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefFor(slot)}
                aria-label={`Page ${String(slot)}`}
                aria-current={slot === page ? "page" : undefined}
              >
                {slot}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}

/** "Showing 1 to 25 of 42 users". */
export function rangeSummary(page: number, pageSize: number, total: number, noun: string) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return `Showing ${first.toLocaleString("en-GB")} to ${last.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} ${noun}`;
}

/** The page number a URL asks for: 1 when it asks for none, or for one that is not a page. */
export function pageNumberOf(text: string | null): number {
  return Math.max(1, Number.parseInt(text ?? "1", 10) || 1);
}
