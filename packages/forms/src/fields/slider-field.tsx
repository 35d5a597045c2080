import { type Control, useController } from "react-hook-form";
import { pathOf } from "../form/field-paths";
import { usePartMessages } from "../form/model-form-messages";
import { defaultNumberFieldMessages } from "./field-messages";
import { type FieldControlProps, FieldShell, useFieldLabel } from "./field-shell";
import { NumberInput } from "./number-input";
import { sliderStep } from "./slider-step";
import type { FieldComponentProps } from "./types";
import { useFieldError, useFieldValueSelector } from "./use-field-controller";
import { WakeableSlider } from "./wakeable-slider";

const isNumber = (value: unknown): boolean => typeof value === "number";

/**
 * A Radix Slider (resting until first used, see `WakeableSlider`) paired with a number box for a bounded range (e.g. `n`, guidance). The thumb is labelled with the
 * field label and keyboard operable; both controls write the same number.
 *
 * @example
 * ```tsx
 * <SliderField field={nField} control={form.control} />
 * ```
 */
export function SliderField(props: FieldComponentProps) {
  // The frame subscribes to the error and to set/unset only: a step re-renders the controls below, not the frame.
  const error = useFieldError(props);
  const set = useFieldValueSelector(props, isNumber);
  return (
    <FieldShell {...props} error={error} state={set ? "set" : "unset"}>
      {({ control }) => <SliderControls {...props} set={set} aria={control} />}
    </FieldShell>
  );
}

interface SliderControlsProps extends FieldComponentProps {
  /** Whether the value is a number: useController shows the default value in place of an unset one. */
  set: boolean;
  aria: FieldControlProps;
}

/** The value-subscribing part of SliderField: the slider and the number box. */
function SliderControls({ field, control, name, disabled, set, aria, classNames: cn }: SliderControlsProps) {
  const { field: input } = useController({ name: pathOf({ field, name }), control: control as Control | undefined });
  const label = useFieldLabel(field);
  const messages = usePartMessages("number", defaultNumberFieldMessages, undefined);
  const min = field.constraints.min ?? 0;
  const max = field.constraints.max ?? 100;
  const step = sliderStep(min, max, field.constraints.step, field.constraints.integer, field.defaultValue);
  const value = set && typeof input.value === "number" ? input.value : undefined;
  // An unset value parks the thumb at the provider default (or the minimum) until the user moves it.
  const shown = value ?? (typeof field.providerDefault === "number" ? field.providerDefault : min);
  // Radix positions the thumb at 100 / (max - min) per unit: an empty or vanishing span gets the number box only.
  const slidable = max > min && Number.isFinite(100 / (max - min));
  return (
    <div data-mf-slot="slider-row" className={cn?.["slider-row"]}>
      {slidable ? (
        <WakeableSlider
          min={min}
          max={max}
          step={step}
          value={Math.min(max, Math.max(min, shown))}
          disabled={disabled}
          onValueChange={input.onChange}
          onValueCommit={input.onBlur}
          thumb={{
            "aria-label": label,
            "aria-valuetext": value === undefined ? messages.sliderDefault(String(shown)) : String(value),
            "aria-describedby": aria["aria-describedby"],
            "aria-invalid": aria["aria-invalid"],
          }}
          classNames={{
            root: cn?.slider,
            track: cn?.["slider-track"],
            range: cn?.["slider-range"],
            thumb: cn?.["slider-thumb"],
          }}
        />
      ) : null}
      <NumberInput
        {...aria}
        inputRef={input.ref}
        name={input.name}
        value={value}
        onValueChange={input.onChange}
        onBlur={input.onBlur}
        min={min}
        max={max}
        step={step}
        integer={field.constraints.integer}
        disabled={disabled}
        placeholder={String(shown)}
        className={cn?.["number-input"]}
      />
    </div>
  );
}
