import { useId } from "react";
import type { Control } from "react-hook-form";
import { useFormContext } from "react-hook-form";
import { drawSeed, SEED_MODES, type SeedMode, seedBounds } from "../core/seed/seed";
import { usePartMessages } from "../form/model-form-messages";
import { useSeedState } from "../form/seed-state";
import { slotClass } from "../styles/slot-class-names";
import { FieldShell, useFieldLabel } from "./field-shell";
import { NumberInput } from "./number-input";
import { StrokeIcon } from "./stroke-icon";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

/**
 * Texts of the seed control.
 *
 * @example
 * ```tsx
 * <SeedField field={seedField} messages={{ random: "Zufällig" }} />
 * ```
 */
export interface SeedFieldMessages {
  random: string;
  fixed: string;
  increment: string;
  /** The mode group's name, from the field label. */
  modes(label: string): string;
  /** The box's placeholder in random mode. */
  randomPlaceholder: string;
  /** The dice button. */
  dice(label: string): string;
  /** The reuse button. */
  reuse(seed: number): string;
  /** The line that shows the last seed sent. */
  last(seed: number): string;
}

/**
 * The English texts of the seed control.
 *
 * @example
 * ```ts
 * defaultSeedFieldMessages.last(42); // "Last seed: 42"
 * ```
 */
export const defaultSeedFieldMessages: SeedFieldMessages = {
  random: "Random each time",
  fixed: "Fixed",
  increment: "Increment after each generate",
  modes: (label) => `${label} mode`,
  randomPlaceholder: "Random",
  dice: (label) => `Randomize ${label}`,
  reuse: (seed) => `Reuse last seed (${seed})`,
  last: (seed) => `Last seed: ${seed}`,
};

/** Parts of the seed control that carry `data-mf-slot`, for `classNames`. */
export type SeedFieldSlot =
  | "seed"
  | "seed-row"
  | "seed-dice"
  | "seed-reuse"
  | "seed-modes"
  | "seed-mode"
  | "seed-mode-radio"
  | "seed-last";

/** Props of {@link SeedField}. */
export interface SeedFieldProps extends FieldComponentProps {
  messages?: Partial<SeedFieldMessages>;
}

/**
 * The seed control: a number box, a dice button, "reuse the last seed", and the mode (random each time, fixed,
 * increment after each generate). Random means unset: the box is empty and nothing is sent (the provider draws),
 * unless a generation loop asks `prepareSeeds` to draw. After a generate, `recordSeeds` shows the seed that was
 * sent, so a result can be reproduced.
 *
 * @example
 * ```tsx
 * <SeedField field={seedField} control={form.control} />
 * ```
 */
export function SeedField(props: SeedFieldProps) {
  const { field, disabled, classNames } = props;
  const messages = usePartMessages("seed", defaultSeedFieldMessages, props.messages);
  const { field: input, error } = useFieldController(props);
  const context = useFormContext() as ReturnType<typeof useFormContext> | null;
  const control = ((props.control as Control | undefined) ?? context?.control) as object;
  const value = typeof input.value === "number" ? input.value : undefined;
  const [state, setMode] = useSeedState(control, field.name, input.value);
  const { min, max } = seedBounds(field);
  const label = useFieldLabel(field);
  const id = useId();
  // An unset seed is random whatever the stored mode says (after a reset, say).
  const mode: SeedMode = value === undefined && !field.constraints.required ? "random" : state.mode;
  const set = (next: number | undefined) => {
    input.onChange(next);
    input.onBlur();
  };
  const choose = (next: SeedMode) => {
    setMode(next);
    if (next === "random" && !field.constraints.required) set(undefined);
    else if (next !== "random" && value === undefined) set(drawSeed({ min, max }));
  };
  const typed = (next: number | undefined) => {
    input.onChange(next);
    // Typing a seed fixes it; clearing the box makes it random again.
    if (next === undefined && mode !== "random") setMode("random");
    else if (next !== undefined && mode === "random") setMode("fixed");
  };
  const fix = (seed: number) => {
    if (mode === "random") setMode("fixed");
    set(seed);
  };
  return (
    <FieldShell {...props} error={error} state={mode}>
      {({ control: aria }) => (
        <div data-mf-slot="seed" data-mode={mode} className={slotClass(classNames, "seed")}>
          <div data-mf-slot="seed-row" className={slotClass(classNames, "seed-row")}>
            <NumberInput
              {...aria}
              inputRef={input.ref}
              name={input.name}
              value={value}
              onValueChange={typed}
              onBlur={input.onBlur}
              min={min}
              max={max}
              step={1}
              integer
              disabled={disabled}
              placeholder={messages.randomPlaceholder}
              className={slotClass(classNames, "number-input")}
            />
            <button
              type="button"
              data-mf-slot="seed-dice"
              className={slotClass(classNames, "seed-dice")}
              aria-label={messages.dice(label)}
              title={messages.dice(label)}
              disabled={disabled}
              onClick={() => fix(drawSeed({ min, max }))}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor">
                <rect x="3" y="3" width="18" height="18" rx="3" strokeWidth="2" />
                <circle cx="8.5" cy="8.5" r="1.5" fill="currentColor" stroke="none" />
                <circle cx="15.5" cy="15.5" r="1.5" fill="currentColor" stroke="none" />
                <circle cx="12" cy="12" r="1.5" fill="currentColor" stroke="none" />
              </svg>
            </button>
            {state.last !== undefined ? (
              <button
                type="button"
                data-mf-slot="seed-reuse"
                className={slotClass(classNames, "seed-reuse")}
                aria-label={messages.reuse(state.last)}
                title={messages.reuse(state.last)}
                disabled={disabled || (mode !== "random" && value === state.last)}
                onClick={() => state.last !== undefined && fix(state.last)}
              >
                <StrokeIcon d="M2.5 8a5.5 5.5 0 1 0 1.7-4M2.5 2.5V5h2.5" strokeWidth={1.5} />
              </button>
            ) : null}
          </div>
          <div
            role="radiogroup"
            aria-label={messages.modes(label)}
            data-mf-slot="seed-modes"
            className={slotClass(classNames, "seed-modes")}
          >
            {SEED_MODES.map((option) => (
              <label
                key={option}
                data-mf-slot="seed-mode"
                data-state={option === mode ? "checked" : "unchecked"}
                data-disabled={disabled ? "" : undefined}
                className={slotClass(classNames, "seed-mode")}
              >
                <input
                  type="radio"
                  name={`${id}-mode`}
                  value={option}
                  checked={option === mode}
                  disabled={disabled}
                  onChange={() => choose(option)}
                  data-mf-slot="seed-mode-radio"
                  className={slotClass(classNames, "seed-mode-radio")}
                />
                {messages[option]}
              </label>
            ))}
          </div>
          <p data-mf-slot="seed-last" role="status" className={slotClass(classNames, "seed-last")}>
            {state.last !== undefined ? messages.last(state.last) : null}
          </p>
        </div>
      )}
    </FieldShell>
  );
}
