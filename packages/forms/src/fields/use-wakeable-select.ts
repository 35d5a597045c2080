import type * as RadixSelect from "@radix-ui/react-select";
import { type RefObject, useState } from "react";
import { lazyModule } from "./lazy-widget";
import { useWakeOnUse } from "./use-wake-on-use";

// Radix Select (with its popper, focus scope, scroll lock: about a quarter of the form's import) is a chunk of its
// own, fetched when the first select mounts.
const radixSelect = lazyModule(() => import("@radix-ui/react-select"));

/** What {@link useWakeableSelect} gives a select field. */
export interface WakeableSelect {
  /** Radix Select once the field uses it; `undefined` while the plain closed trigger stands in. */
  Select: typeof RadixSelect | undefined;
  open: boolean;
  setOpen(open: boolean): void;
  /** The user reached for the closed trigger: use Radix's from now on, opened when `open`. */
  wake(open: boolean): void;
}

/**
 * Radix Select for a field, on demand and on first use: a select shows `ClosedSelectTrigger` (the same button, parts
 * and attributes) and turns into Radix's when the user presses it or an open key — never on its own, so nothing
 * changes under a pointer or a test — keeping the keyboard focus. A closed select so costs one button at mount, not
 * Radix's providers, popper anchor and hidden native select; and the code comes with the first select on screen.
 *
 * @example
 * ```ts
 * const { Select, open, setOpen, wake } = useWakeableSelect(triggerElement);
 * ```
 */
export function useWakeableSelect(trigger: RefObject<HTMLButtonElement | null>): WakeableSelect {
  const { live: Select, wake: wakeUp } = useWakeOnUse(radixSelect, trigger);
  const [open, setOpen] = useState(false);
  const wake = (openNow: boolean) => {
    const element = trigger.current;
    // An opened list takes the keyboard focus itself; a closed one leaves it on the trigger.
    wakeUp(!openNow && element !== null && element === element.ownerDocument.activeElement);
    if (openNow) setOpen(true);
  };
  return { Select, open, setOpen, wake };
}
