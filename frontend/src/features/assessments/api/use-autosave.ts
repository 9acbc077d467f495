import { useEffect, useState, useSyncExternalStore } from "react";

import type { Assessment } from "./assessments";
import { type AutosaveOptions, AutosaveController } from "./autosave-controller";
import { deviceStorage } from "./draft-changes";

type HookOptions = Omit<AutosaveOptions, "initial" | "save" | "storage"> & {
  storage?: AutosaveOptions["storage"];
};

/**
 * Autosave for one assessment (see AutosaveController): the draft to show, the save state to
 * announce, and `edit`, `resolve` and `flush`. `initial` and `save` are read once, on mount:
 * remount (with a `key`) to start over on another assessment.
 */
export function useAutosave(
  initial: Assessment,
  save: AutosaveOptions["save"],
  options: HookOptions = {},
) {
  const [controller] = useState(
    () =>
      new AutosaveController({
        initial,
        save,
        ...options,
        storage: "storage" in options ? options.storage : deviceStorage(),
      }),
  );
  useEffect(() => {
    controller.start();
    return controller.dispose;
  }, [controller]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return {
    ...snapshot,
    edit: controller.edit,
    resolve: controller.resolve,
    flush: controller.flush,
    /** The snapshot now, for code that runs after an await (a render's copy may be old). */
    latest: controller.getSnapshot,
  };
}
