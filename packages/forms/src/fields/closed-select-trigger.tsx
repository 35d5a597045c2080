import type { KeyboardEvent, ReactNode, Ref } from "react";
import type { FieldControlProps } from "./field-shell";
import { StrokeIcon } from "./stroke-icon";

/** The keys that open a Radix Select from its trigger. */
const OPEN_KEYS = [" ", "Enter", "ArrowUp", "ArrowDown"];

/** Props of {@link ClosedSelectTrigger}. */
export interface ClosedSelectTriggerProps {
  /** Aria props from the field shell. */
  control: FieldControlProps;
  triggerRef: Ref<HTMLButtonElement>;
  /** `data-mf-slot` of the trigger (`select-trigger`, `resolution-trigger`). */
  slot: string;
  disabled?: boolean;
  /** No value: the placeholder shows (`data-placeholder`, as Radix marks it). */
  placeholder: boolean;
  className?: string;
  onBlur?(): void;
  onKeyDown?(event: KeyboardEvent<HTMLButtonElement>): void;
  /** Put Radix's select in its place, opened when `open`. */
  onWake(open: boolean): void;
  /** What the trigger shows before the icon: the value's text (or the placeholder), a shape. */
  children: ReactNode;
  /** Class of the chevron after the text (`data-mf-slot="select-icon"`, as Radix's `Select.Icon` there). */
  iconClassName?: string;
  /** Shown before the text, outside it (e.g. the chosen size's shape). */
  before?: ReactNode;
}

/**
 * A select's trigger until someone reaches for it: the button, parts and attributes of Radix's closed trigger,
 * without Radix's select (fetched on demand, with its popper, focus scope and scroll lock). A mouse press or an open
 * key opens the real one at once; touch and pen put it in place for the click that follows, as Radix's trigger opens
 * on it. Typeahead stays with `onKeyDown`, as on Radix's closed trigger.
 *
 * @example
 * ```tsx
 * {Select ? <Select.Root …/> : <ClosedSelectTrigger slot="select-trigger" onWake={wake} … >{text}</ClosedSelectTrigger>}
 * ```
 */
export function ClosedSelectTrigger(props: ClosedSelectTriggerProps) {
  const { control, triggerRef, slot, disabled, placeholder, className, onBlur, onKeyDown, onWake } = props;
  return (
    <button
      type="button"
      role="combobox"
      aria-expanded={false}
      aria-autocomplete="none"
      {...control}
      ref={triggerRef}
      data-mf-slot={slot}
      className={className}
      data-state="closed"
      data-disabled={disabled ? "" : undefined}
      data-placeholder={placeholder ? "" : undefined}
      disabled={disabled}
      onBlur={onBlur}
      onPointerDown={(event) => {
        // As Radix does: a mouse opens on press (keeping focus where it was); touch and pen open on the click.
        const press = event.pointerType === "mouse" && event.button === 0 && !event.ctrlKey;
        if (press) event.preventDefault();
        onWake(press);
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.defaultPrevented || !OPEN_KEYS.includes(event.key)) return;
        event.preventDefault();
        onWake(true);
      }}
    >
      {props.before}
      <span style={{ pointerEvents: "none" }}>{props.children}</span>
      <span aria-hidden="true" data-mf-slot="select-icon" className={props.iconClassName}>
        <StrokeIcon d="M4 6l4 4 4-4" />
      </span>
    </button>
  );
}
