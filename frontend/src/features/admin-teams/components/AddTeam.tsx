import { useState } from "react";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { useCreateTeam } from "@/features/admin-teams/api/teams";
import { TeamNameForm } from "./TeamNameForm";

/** Adds a team to the council, confirming it in a success banner. */
export function AddTeam() {
  const createTeam = useCreateTeam();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      {added ? <NotificationBanner success heading={`${added} has been added.`} /> : null}
      <TeamNameForm
        heading={<h2 className="govuk-heading-m">Add a team</h2>}
        label="Team name"
        submitLabel="Add team"
        pending={createTeam.isPending}
        onSubmit={(name, { onSuccess, onError }) => {
          setAdded(null);
          createTeam.mutate(name, {
            onSuccess: (team) => {
              setAdded(team.name);
              onSuccess();
            },
            onError,
          });
        }}
      />
    </>
  );
}
