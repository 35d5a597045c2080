import { usePartMessages } from "../form/model-form-messages";
import { defaultNumberFieldMessages } from "./field-messages";
import { FieldShell, useFieldLabel } from "./field-shell";
import { NumberInput } from "./number-input";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

const DEFAULT_RANDOM_MAX = 2 ** 32 - 1;

/**
 * A number box for a range or integer field (e.g. a seed): stores a number, or `undefined` when empty, never a
 * string. Randomizable fields get a "Randomize" button.
 *
 * @example
 * ```tsx
 * <NumberField field={seedField} control={form.control} />
 * ```
 */
export function NumberField(props: FieldComponentProps) {
  const { field, disabled, classNames: cn } = props;
  const { field: input, error } = useFieldController(props);
  const { min, max, step, integer, randomizable } = field.constraints;
  const messages = usePartMessages("number", defaultNumberFieldMessages, undefined);
  const label = useFieldLabel(field);
  const randomize = () => {
    const low = Math.ceil(min ?? 0);
    const high = Math.floor(max ?? DEFAULT_RANDOM_MAX);
    input.onChange(low + Math.floor(Math.random() * (high - low + 1)));
    input.onBlur();
  };
  return (
    <FieldShell {...props} error={error}>
      {({ control }) => (
        <div data-mf-slot="number-row" className={cn?.["number-row"]}>
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
            integer={integer}
            disabled={disabled}
            className={cn?.["number-input"]}
          />
          {randomizable ? (
            <button
              type="button"
              data-mf-slot="randomize"
              className={cn?.randomize}
              aria-label={messages.randomize(label)}
              title={messages.randomize(label)}
              disabled={disabled}
              onClick={randomize}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor">
                <rect x="3" y="3" width="18" height="18" rx="3" strokeWidth="2" />
                <circle cx="8.5" cy="8.5" r="1.5" fill="currentColor" stroke="none" />
                <circle cx="15.5" cy="15.5" r="1.5" fill="currentColor" stroke="none" />
                <circle cx="12" cy="12" r="1.5" fill="currentColor" stroke="none" />
              </svg>
            </button>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}
