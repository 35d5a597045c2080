import type { KeyboardEvent, ReactNode, Ref } from "react";
import type { FieldControlProps } from "./field-shell";

/** The keys that open a Radix Select from its trigger. */
const OPEN_KEYS = [" ", "Enter", "ArrowUp", "ArrowDown"];

/** Props of {@link ClosedSelectTrigger}. */
export interface ClosedSelectTriggerProps {
  control: FieldControlProps;
  triggerRef: Ref<HTMLButtonElement>;
  disabled?: boolean;
  /** No value: the placeholder shows (`data-placeholder`, as Radix marks it). */
  placeholder: boolean;
  className?: string;
  iconClassName?: string;
  icon: ReactNode;
  onBlur(): void;
  onKeyDown(event: KeyboardEvent<HTMLButtonElement>): void;
  /** Mount the Radix Select in its place, opened when `open`. */
  onWake(open: boolean): void;
  /** The value's text (or the placeholder). */
  children: ReactNode;
}

/**
 * A select's trigger before anyone reached for it: the button, parts and attributes of Radix's closed trigger, without
 * Radix's root (popper, collection, hidden native select) under every select of a form. Hovering, pressing or an open
 * key mounts the real one; a mouse press and the open keys open it at once, as Radix's trigger does.
 *
 * @example
 * ```tsx
 * {awake ? <Select.Root …/> : <ClosedSelectTrigger control={control} … onWake={wake}>{text}</ClosedSelectTrigger>}
 * ```
 */
export function ClosedSelectTrigger({
  control,
  triggerRef,
  disabled,
  placeholder,
  className,
  iconClassName,
  icon,
  onBlur,
  onKeyDown,
  onWake,
  children,
}: ClosedSelectTriggerProps) {
  return (
    <button
      type="button"
      role="combobox"
      aria-expanded={false}
      aria-autocomplete="none"
      {...control}
      ref={triggerRef}
      data-mf-slot="select-trigger"
      className={className}
      data-state="closed"
      data-disabled={disabled ? "" : undefined}
      data-placeholder={placeholder ? "" : undefined}
      disabled={disabled}
      onBlur={onBlur}
      onPointerEnter={() => onWake(false)}
      onPointerDown={(event) => {
        // As Radix does: a mouse opens on press; touch and pen open on the click that follows (on Radix's trigger).
        const press = event.pointerType === "mouse" && event.button === 0 && !event.ctrlKey;
        if (press) event.preventDefault();
        onWake(press);
      }}
      onKeyDown={(event) => {
        onKeyDown(event);
        if (event.defaultPrevented || !OPEN_KEYS.includes(event.key)) return;
        event.preventDefault();
        onWake(true);
      }}
    >
      <span style={{ pointerEvents: "none" }}>{children}</span>
      <span aria-hidden="true" data-mf-slot="select-icon" className={iconClassName}>
        {icon}
      </span>
    </button>
  );
}
