import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/api-error";
import { NoMatches, type Page, PagedList } from "./PagedList";

interface Row {
  name: string;
}

function pageOf(names: string[], total = names.length, page = 1): Page<Row> {
  return { items: names.map((name) => ({ name })), total, page, page_size: 2 };
}

function renderList(
  query: { data?: Page<Row>; error?: unknown; isPlaceholderData?: boolean },
  empty = <p className="govuk-body">There are no fruit yet.</p>,
) {
  return render(
    <MemoryRouter>
      <PagedList
        query={{
          data: query.data,
          error: query.error ?? null,
          isError: query.error !== undefined,
          isPlaceholderData: query.isPlaceholderData ?? false,
        }}
        loading="Loading fruit…"
        what="Fruit"
        noun={["fruit", "fruits"]}
        empty={empty}
        hrefFor={(page) => `/fruit?page=${String(page)}`}
      >
        {({ items }, busy) => (
          <ul aria-busy={busy}>
            {items.map((item) => (
              <li key={item.name}>{item.name}</li>
            ))}
          </ul>
        )}
      </PagedList>
    </MemoryRouter>,
  );
}

describe("PagedList", () => {
  it("announces that it is loading until the first page comes", () => {
    renderList({});
    expect(screen.getByRole("status")).toHaveTextContent("Loading fruit…");
  });

  it("shows the API's problem when the list cannot be had", () => {
    const error = new ApiError({
      type: "about:blank",
      title: "Forbidden",
      status: 403,
      detail: "You may not see the fruit.",
    });
    renderList({ error });
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading", { name: "Forbidden" })).toBeInTheDocument();
    expect(alert).toHaveTextContent("You may not see the fruit.");
  });

  it("says Kindred could not be reached when no answer came", () => {
    renderList({ error: new TypeError("Failed to fetch") });
    expect(screen.getByRole("heading", { name: "Fruit could not be loaded" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Kindred could not be reached.");
  });

  it("shows why the list is empty, with no count or pages", () => {
    renderList({ data: pageOf([]) });
    expect(screen.getByText("There are no fruit yet.")).toBeInTheDocument();
    expect(screen.queryByText(/Showing/)).not.toBeInTheDocument();
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });

  it("offers to clear filters that match nothing, announced", () => {
    renderList(
      { data: pageOf([]) },
      <NoMatches what="fruits" clearHref="/fruit" toSeeAll="to see them all" />,
    );
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(
      "No fruits match these filters. Clear the filters to see them all.",
    );
    expect(within(status).getByRole("link", { name: "Clear the filters" })).toHaveAttribute(
      "href",
      "/fruit",
    );
  });

  it("counts the rows, one or many, and pages through them", () => {
    renderList({ data: pageOf(["Apple", "Pear"], 5, 2), isPlaceholderData: true });
    expect(screen.getByText("Showing 3 to 4 of 5 fruits")).toBeInTheDocument();
    expect(screen.getByRole("list", { busy: true })).toHaveTextContent("ApplePear");
    const pages = screen.getByRole("navigation", { name: "Pages" });
    expect(within(pages).getByRole("link", { name: "Previous page" })).toHaveAttribute(
      "href",
      "/fruit?page=1",
    );
    expect(within(pages).getByRole("link", { name: "Page 2" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(within(pages).getByRole("link", { name: "Next page" })).toHaveAttribute(
      "href",
      "/fruit?page=3",
    );
  });

  it("says one row in the singular, and has no pages for one page", () => {
    renderList({ data: pageOf(["Apple"]) });
    expect(screen.getByText("Showing 1 to 1 of 1 fruit")).toBeInTheDocument();
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });
});
