import { useEffect, useState, useSyncExternalStore } from "react";

import { AboutMeAutosave } from "./about-me-autosave";
import { type MyAboutMe, saveMyAboutMe, useRememberSaved } from "./my-voice";

function tabletStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Autosave for the signed-in young person's "About me" (see AboutMeAutosave): the draft to
 * show, the save state to announce, and `change`. `initial` is read once, on mount.
 */
export function useAboutMeAutosave(initial: MyAboutMe, accountId: string) {
  const remember = useRememberSaved();
  const [autosave] = useState(
    () =>
      new AboutMeAutosave({
        initial,
        save: saveMyAboutMe,
        onSaved: remember,
        storage: tabletStorage(),
        storageKey: `kindred.about-me.${accountId}`,
      }),
  );
  useEffect(() => {
    autosave.start();
    return autosave.dispose;
  }, [autosave]);
  const snapshot = useSyncExternalStore(autosave.subscribe, autosave.getSnapshot);
  return { ...snapshot, change: autosave.change };
}
