/**
 * Classes per part (slot) of a component: `{ trigger: "h-10", error: "text-red-600" }`. Every part a component
 * renders carries `data-mf-slot="<slot>"`, and the class given here for that slot is added to it.
 *
 * @example
 * ```tsx
 * <SliderField field={field} classNames={{ thumb: "size-6", "number-input": "w-20" }} />
 * ```
 */
export type SlotClassNames<Slot extends string = string> = Partial<Record<Slot, string>>;

/**
 * The class for one slot: the caller's `classNames[slot]`, joined with an extra class when both exist.
 *
 * @example
 * ```ts
 * slotClass({ root: "gap-4" }, "root", props.className); // "gap-4 my-form"
 * ```
 */
export function slotClass(classNames: SlotClassNames | undefined, slot: string, extra?: string): string | undefined {
  const own = classNames?.[slot];
  return own && extra ? `${own} ${extra}` : own || extra || undefined;
}
