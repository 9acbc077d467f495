import { Outlet } from "react-router";

import { PageShell } from "@/components/layout/PageShell";
import { signedInAccount, useMe } from "@/features/session/api/me";
import { AccountMenu } from "@/features/session/components/AccountMenu";
import { navigationFor } from "@/features/session/navigation";

/** The root route's element: the page shell, showing who is signed in, around the page. */
export function RootLayout() {
  const me = signedInAccount(useMe());
  return (
    <PageShell
      navigation={me ? navigationFor(me) : undefined}
      account={me ? <AccountMenu me={me} /> : undefined}
    >
      <Outlet />
    </PageShell>
  );
}
