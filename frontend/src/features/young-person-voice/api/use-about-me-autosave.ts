import { useCallback, useMemo } from "react";

import { useAutosave } from "@/lib/autosave/use-autosave";
import { aboutMeFields, aboutMeRecord, changedFields } from "./about-me-fields";
import {
  type AboutMeContent,
  type AboutMeWrite,
  contentOf,
  type MyAboutMe,
  saveMyAboutMe,
  useRememberSaved,
} from "./my-voice";

async function save(body: AboutMeWrite) {
  return aboutMeRecord(await saveMyAboutMe(body));
}

/**
 * Autosave for the signed-in young person's "About me" (lib/autosave): the draft to show, the
 * save state to announce, and `change`. `initial` is read once, on mount. Only they write it,
 * so a 409 means they saved from somewhere else too: their newest words go on top.
 */
export function useAboutMeAutosave(initial: MyAboutMe, accountId: string) {
  const remember = useRememberSaved();
  const { draft, state, edit, latest } = useAutosave(aboutMeFields, aboutMeRecord(initial), save, {
    ownerId: accountId,
    conflicts: "keep-mine",
    onSaved: (saved) => {
      remember(saved.aboutMe);
    },
  });
  const change = useCallback(
    (update: (draft: AboutMeContent) => AboutMeContent) => {
      const now = contentOf(latest().draft.aboutMe);
      for (const [key, value] of changedFields(now, update(now))) edit(key, value);
    },
    [edit, latest],
  );
  const content = useMemo(() => contentOf(draft.aboutMe), [draft]);
  return { draft: content, state, change };
}
