import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderResult } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";

import { appRoutes } from "@/app-routes";

type Router = ReturnType<typeof createMemoryRouter>;

/**
 * Renders the real app routes at `path`, with a fresh query client that does not retry.
 * The router is returned too, to check where the app went.
 */
export function renderRoute(
  path: string,
): RenderResult & { router: Router; queryClient: QueryClient } {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}

/** Where the router is now: path and query, e.g. "/sign-in?returnTo=%2Fadmin%2Fusers". */
export function currentPath(router: Router): string {
  return router.state.location.pathname + router.state.location.search;
}
