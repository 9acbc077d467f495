import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { FRAMEWORK } from "@/test/market-fixtures";
import { stubFetchRoutes } from "@/test/stub-fetch";
import { aboutMe, COMPARISON } from "@/test/voice-fixtures";
import { OwnViewOfDomain } from "./OwnViewOfDomain";
import { TheirWords } from "./TheirWords";
import { VoiceComparisonView } from "./VoiceComparisonView";
import { YoungPersonAccess } from "./YoungPersonAccess";

const CHILD_ID = "c0000000-0000-4000-8000-000000000001";

describe("VoiceComparisonView", () => {
  it("draws both views as two outlines and marks where they differ, in the table too", () => {
    const { container } = render(
      <VoiceComparisonView comparison={COMPARISON} framework={FRAMEWORK} name="Amara" />,
    );
    expect(
      screen.getByRole("img", { name: "The assessed needs and how Amara sees them" }),
    ).toBeVisible();
    expect(container.querySelectorAll("g.app-wheel__series--outlined path")).toHaveLength(3);
    expect(container.querySelectorAll("g.app-wheel__series--dotted path")).toHaveLength(2);
    expect(screen.getByRole("list", { name: "Key" })).toHaveTextContent(
      "How Amara sees it (dotted outline)",
    );
    expect(screen.getByText(/differ in 1 domain: a place to start a conversation/)).toBeVisible();

    const table = screen.getByRole("table", {
      name: "Assessed level and Amara’s own view, by domain",
    });
    const feelings = within(table).getByRole("row", { name: /Emotional wellbeing/ });
    expect(feelings).toHaveTextContent("Talk about this");
    expect(feelings).toHaveTextContent("“I worry at night”");
    expect(within(table).getByRole("row", { name: /Learning/ })).toHaveTextContent("Not rated");
    expect(within(table).getByRole("row", { name: /Physical/ })).not.toHaveTextContent(
      "Talk about this",
    );
  });
});

describe("TheirWords", () => {
  const written = aboutMe({
    number: 2,
    created_at: "2026-11-25T10:00:00Z",
    sections: { ...aboutMe().sections, good_at: "Drawing", important_people: "My nan" },
    share: { ...aboutMe().share, important_people: false },
  });

  it("shows their words as they wrote them, marked as theirs, and what is not to be shared", () => {
    render(<TheirWords aboutMe={written} name="Amara" />);
    expect(screen.getByText(/^In Amara’s own words, written 25 November 2026/)).toBeVisible();
    expect(screen.getByText("Drawing")).toBeVisible();
    expect(
      screen.getByRole("heading", { name: /People who are important to me/ }),
    ).toHaveTextContent("Not to be shared");
  });

  it("leaves out what they said no to on the printed profile", () => {
    render(<TheirWords aboutMe={written} name="Amara" sharedOnly />);
    expect(screen.getByText("Drawing")).toBeVisible();
    expect(screen.queryByText("My nan")).toBeNull();
  });
});

function renderWithQueries(element: React.ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={queryClient}>{element}</QueryClientProvider>);
}

describe("OwnViewOfDomain", () => {
  it("shows the young person's own rating of the domain being assessed, and that it differs", async () => {
    stubFetchRoutes({
      [`GET /api/v1/children/${CHILD_ID}/voice-comparison`]: { status: 200, body: COMPARISON },
    });
    renderWithQueries(
      <OwnViewOfDomain
        childId={CHILD_ID}
        name="Amara"
        framework={FRAMEWORK}
        domainKey="emotional_wellbeing"
      />,
    );
    const panel = await screen.findByRole("complementary", { name: "How Amara sees it" });
    expect(panel).toHaveTextContent("“I worry at night”");
    expect(panel).toHaveTextContent("Talk about this");
  });
});

describe("YoungPersonAccess", () => {
  function renderAccess() {
    return renderWithQueries(<YoungPersonAccess childId={CHILD_ID} name="Amara" />);
  }

  it("invites a young person who has no account and shows the code once, with its expiry", async () => {
    const base = `/api/v1/children/${CHILD_ID}`;
    stubFetchRoutes({
      [`GET ${base}/young-person-account`]: {
        status: 404,
        body: { type: "about:blank", title: "Not found", status: 404, detail: "None." },
      },
      [`POST ${base}/young-person-invitations`]: {
        status: 201,
        body: {
          id: "i1",
          code: "K7P3-MX9Q",
          expires_at: "2026-12-09T10:00:00Z",
          redeem_path: "/young-people/join",
        },
      },
    });
    renderAccess();
    await userEvent.click(await screen.findByRole("button", { name: "Invite Amara" }));
    const code = await screen.findByRole("status");
    expect(code).toHaveTextContent("Code for Amara: K7P3-MX9Q");
    expect(code).toHaveTextContent("This is the only time it is shown.");
    expect(screen.getByRole("button", { name: "Make a new code" })).toBeVisible();
  });

  it("pauses an active account, then offers to reopen it", async () => {
    const account = {
      id: "u1",
      username: "amara-k7p3",
      display_name: "Amara",
      status: "active",
      created_at: "2026-11-20T10:00:00Z",
      last_signed_in_at: null,
    };
    stubFetchRoutes({
      [`GET /api/v1/children/${CHILD_ID}/young-person-account`]: { status: 200, body: account },
      [`PATCH /api/v1/children/${CHILD_ID}/young-person-account`]: {
        status: 200,
        body: { ...account, status: "paused" },
      },
    });
    renderAccess();
    expect(await screen.findByText("amara-k7p3")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Invite Amara" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Pause account" }));
    expect(await screen.findByRole("button", { name: "Reopen account" })).toBeVisible();
    expect(screen.getByText("Paused")).toBeVisible();
  });
});
