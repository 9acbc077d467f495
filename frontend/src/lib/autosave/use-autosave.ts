import { useEffect, useState, useSyncExternalStore } from "react";

import { type AutosaveOptions, AutosaveController } from "./autosave-controller";
import { deviceStorage } from "./device-drafts";
import type { EditableRecord, FieldModel } from "./field-changes";

type HookOptions<R extends EditableRecord, K extends string, P> = Omit<
  AutosaveOptions<R, K, P>,
  "model" | "initial" | "save" | "storage"
> & {
  storage?: AutosaveOptions<R, K, P>["storage"];
};

/**
 * Autosave for one record (see AutosaveController): the draft to show, the save state to
 * announce, and `edit`, `resolve` and `flush`. `model`, `initial` and `save` are read once, on
 * mount: remount (with a `key`) to start over on another record.
 */
export function useAutosave<R extends EditableRecord, K extends string, P>(
  model: FieldModel<R, K, P>,
  initial: R,
  save: (body: P) => Promise<R>,
  options: HookOptions<R, K, P>,
) {
  const [controller] = useState(
    () =>
      new AutosaveController({
        model,
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
