import * as Slider from "@radix-ui/react-slider";
import { FieldShell, fieldLabel } from "./field-shell";
import { NumberInput } from "./number-input";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

/** Continuous ranges without a published step move in hundredths of their span. */
function sliderStep(min: number, max: number, step: number | undefined, integer: boolean | undefined): number {
  if (step && step > 0) return step;
  if (integer) return 1;
  const span = max - min;
  const hundredth = Number((span / 100).toPrecision(2));
  // A span too small to divide (or none) still needs a positive step: Radix divides by it.
  return hundredth > 0 && Number.isFinite(hundredth) ? hundredth : span > 0 && Number.isFinite(span) ? span : 1;
}

/**
 * A Radix Slider paired with a number box for a bounded range (e.g. `n`, guidance). The thumb is labelled with the
 * field label and keyboard operable; both controls write the same number.
 *
 * @example
 * ```tsx
 * <SliderField field={nField} control={form.control} />
 * ```
 */
export function SliderField(props: FieldComponentProps) {
  const { field, disabled, className } = props;
  const { field: input, error } = useFieldController(props);
  const min = field.constraints.min ?? 0;
  const max = field.constraints.max ?? 100;
  const step = sliderStep(min, max, field.constraints.step, field.constraints.integer);
  const value = typeof input.value === "number" ? input.value : undefined;
  // An unset value parks the thumb at the provider default (or the minimum) until the user moves it.
  const shown = value ?? (typeof field.providerDefault === "number" ? field.providerDefault : min);
  // Radix positions the thumb at 100 / (max - min) per unit: an empty or vanishing span gets the number box only.
  const slidable = max > min && Number.isFinite(100 / (max - min));
  return (
    <FieldShell
      field={field}
      error={error}
      disabled={disabled}
      className={className}
      state={value === undefined ? "unset" : "set"}
    >
      {({ control }) => (
        <div data-slot="slider-row">
          {slidable ? (
            <Slider.Root
              data-slot="slider"
              min={min}
              max={max}
              step={step}
              value={[Math.min(max, Math.max(min, shown))]}
              disabled={disabled}
              onValueChange={(next) => input.onChange(next[0])}
              onValueCommit={() => input.onBlur()}
            >
              <Slider.Track data-slot="slider-track">
                <Slider.Range data-slot="slider-range" />
              </Slider.Track>
              <Slider.Thumb
                data-slot="slider-thumb"
                aria-label={fieldLabel(field)}
                aria-valuetext={value === undefined ? `${shown} (default)` : String(value)}
                aria-describedby={control["aria-describedby"]}
                aria-invalid={control["aria-invalid"]}
              />
            </Slider.Root>
          ) : null}
          <NumberInput
            {...control}
            inputRef={input.ref}
            name={input.name}
            value={input.value}
            onValueChange={input.onChange}
            onBlur={input.onBlur}
            min={min}
            max={max}
            step={step}
            integer={field.constraints.integer}
            disabled={disabled}
            placeholder={String(shown)}
          />
        </div>
      )}
    </FieldShell>
  );
}
