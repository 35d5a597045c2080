import { type RefObject, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { type LazyModule, useLazyModule } from "./lazy-widget";

/** What {@link useWakeOnUse} gives a control that rests as plain markup until first used. */
export interface WakeOnUse<T> {
  /** The on-demand code once the user reached for the control; `undefined` while the resting markup stands in. */
  live: T | undefined;
  /**
   * The user reached for the control: its on-demand part takes the resting one's place (when its code is in, at
   * once under `sync`; else when it arrives). `refocus`: the resting control has the keyboard focus, which the new
   * one takes over. Returns whether the new part is in the DOM on return (only under `sync` with the code in).
   */
  wake(refocus: boolean, sync?: boolean): boolean;
}

/**
 * The swap of a resting control (plain markup with the look, parts and attributes of the real one) for its on-demand
 * part on first use — never on its own, so nothing changes under a pointer or a test. The focus is handed over one
 * render after the swap (a Radix part learns its place in its collection in the render after it mounts), and only
 * when the swap dropped it: a user who moved on while the code was on its way keeps their focus. The code is fetched
 * when the first such control mounts.
 *
 * @example
 * ```ts
 * const { live, wake } = useWakeOnUse(radixSlider, thumbRef);
 * ```
 */
export function useWakeOnUse<T>(module: LazyModule<T>, focusTarget: RefObject<HTMLElement | null>): WakeOnUse<T> {
  const loaded = useLazyModule(module);
  const [awake, setAwake] = useState(false);
  const [settled, setSettled] = useState(false);
  const refocus = useRef(false);
  const live = awake ? loaded : undefined;
  useLayoutEffect(() => {
    if (!live || !refocus.current) return;
    if (!settled) return setSettled(true);
    refocus.current = false;
    const target = focusTarget.current;
    const active = target?.ownerDocument.activeElement;
    if (active && active !== active.ownerDocument.body) return;
    target?.focus({ preventScroll: true });
  }, [live, settled, focusTarget]);
  const wake = (focused: boolean, sync = false) => {
    refocus.current = focused;
    if (!sync || !loaded) {
      setAwake(true);
      return false;
    }
    flushSync(() => setAwake(true));
    return true;
  };
  return { live, wake };
}
