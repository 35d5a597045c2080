import { type ChangeEvent, type InputHTMLAttributes, type KeyboardEvent, type Ref, useReducer, useRef } from "react";

/** Text that can still become a number while typing ("-", "1.", "1e"). */
const PARTIAL = /^[-+]?\d*\.?\d*(?:[eE][-+]?\d*)?$/;
const COMPLETE = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Parses the box text: `undefined` for empty or unfinished text, a number otherwise. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  return COMPLETE.test(trimmed) ? Number(trimmed) : undefined;
}

function formatNumber(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : "";
}

/** Props of {@link NumberInput}. */
export interface NumberInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type" | "min" | "max" | "step"> {
  value: unknown;
  onValueChange(value: number | undefined): void;
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A number box that keeps what the user types ("", "-", "1.") until it is a number, and only ever reports numbers or
 * `undefined`. A text input with `inputMode` rather than `type="number"`: browsers blank the value of unfinished
 * number text, which would lose keystrokes.
 */
export function NumberInput({
  value,
  onValueChange,
  min,
  max,
  step,
  integer,
  inputRef,
  onKeyDown,
  onBlur,
  ...rest
}: NumberInputProps) {
  // The text and the value it was last reconciled with. Kept in a ref, not state: syncing from a new value during
  // render with setState would render the box twice on every slider step. The sync is idempotent for a given value.
  const current = useRef({ value, text: formatNumber(value) }).current;
  // A new value from outside (slider, reset, randomize) replaces the text unless the text already means it.
  if (!Object.is(current.value, value)) {
    current.value = value;
    if (!Object.is(parseNumberText(current.text), value)) current.text = formatNumber(value);
  }
  const text = current.text;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const setText = (next: string) => {
    if (next === current.text) return;
    current.text = next;
    rerender();
  };

  const commit = (next: string) => {
    setText(next);
    const parsed = parseNumberText(next);
    if (!Object.is(parsed, value)) onValueChange(parsed);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (PARTIAL.test(event.target.value.trim())) commit(event.target.value);
  };

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    const delta = (step ?? 1) * (event.key === "ArrowUp" ? 1 : -1);
    const current = typeof value === "number" ? value : (min ?? 0) - delta;
    let next = current + delta;
    if (min !== undefined) next = Math.max(min, next);
    if (max !== undefined) next = Math.min(max, next);
    // Avoid 0.1 + 0.2 style noise from stepping.
    next = Number(next.toPrecision(12));
    commit(String(next));
  };

  return (
    <input
      {...rest}
      ref={inputRef}
      type="text"
      inputMode={integer ? "numeric" : "decimal"}
      autoComplete="off"
      data-mf-slot="number-input"
      value={text}
      onChange={onChange}
      onKeyDown={onKey}
      onBlur={(event) => {
        // Tidy unfinished text ("1." -> "1", "-" -> "") once the user leaves.
        setText(formatNumber(value));
        onBlur?.(event);
      }}
    />
  );
}
