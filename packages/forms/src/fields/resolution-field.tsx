import { useId, useMemo } from "react";
import { swappedResolution } from "../core/resolution/index";
import type { FormField } from "../core/types";
import { usePartMessages } from "../form/model-form-messages";
import { useOptionNotes } from "../form/option-notes";
import { slotClass } from "../styles/slot-class-names";
import { FieldShell, useFieldLabel } from "./field-shell";
import {
  defaultResolutionFieldMessages,
  type ResolutionFieldMessages,
  type ResolutionOption,
  resolutionOptions,
} from "./resolution-options";
import { ResolutionSelect } from "./resolution-select";
import { ResolutionTiles } from "./resolution-tiles";
import { StrokeIcon } from "./stroke-icon";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

/**
 * Up to this many options show as radio tiles; more as a select with shape icons.
 *
 * @example
 * ```tsx
 * <ResolutionField field={field} maxTiles={RESOLUTION_TILE_LIMIT + 4} />
 * ```
 */
export const RESOLUTION_TILE_LIMIT = 12;

/** Props of {@link ResolutionField}. */
export interface ResolutionFieldProps extends FieldComponentProps {
  messages?: Partial<ResolutionFieldMessages>;
  /** Up to this many options show as tiles, more as a select ({@link RESOLUTION_TILE_LIMIT} by default). */
  maxTiles?: number;
}

/**
 * The resolution / aspect-ratio picker: reads the opaque values (`1024x768`, `1024*1024`, `16:9`, `2K`, `auto`) and
 * draws each option to scale with its label, its pixel size where known and its note (`useOptionNotes`, e.g. a
 * price). Radio tiles up to {@link RESOLUTION_TILE_LIMIT} options, a select with shape icons beyond; a swap button
 * when both orientations exist. A ratio field joined with a tier field (OpenRouter's `aspect_ratio` + `resolution`)
 * renders both as one control; the joined tier field renders nothing on its own. Both are still sent as published.
 *
 * @example
 * ```tsx
 * <ResolutionField field={form.fields.find((f) => f.name === "resolution")!} control={form.control} />
 * ```
 */
export function ResolutionField(props: ResolutionFieldProps) {
  // A tier field joined to a ratio field is drawn by its lead.
  const joined = props.field.joined;
  return joined && !joined.lead ? null : <ResolutionPicker {...props} />;
}

function useMessages(messages: Partial<ResolutionFieldMessages> | undefined): ResolutionFieldMessages {
  return usePartMessages("resolution", defaultResolutionFieldMessages, messages);
}

function ResolutionPicker(props: ResolutionFieldProps) {
  const { field, disabled, classNames, maxTiles = RESOLUTION_TILE_LIMIT } = props;
  const messages = useMessages(props.messages);
  const { field: input, error } = useFieldController(props);
  const options = useMemo(() => resolutionOptions(field, messages), [field, messages]);
  const noteOf = useOptionNotes(field.name);
  const name = useId();
  const value = input.value;
  const values = field.constraints.options ?? [];
  const swapTo = swappedResolution(values, value as string | number | undefined);
  const swappable = useMemo(() => values.some((option) => swappedResolution(values, option) !== undefined), [values]);
  const choose = (option: ResolutionOption | string | number) => {
    input.onChange(typeof option === "object" ? option.value : option);
    input.onBlur();
  };
  const tiles = options.length <= maxTiles;
  const partner = field.joined?.lead ? field.joined.partner : undefined;
  return (
    <FieldShell
      {...props}
      error={error}
      state={value === undefined ? "unset" : "set"}
      labelElement={tiles ? "span" : "label"}
    >
      {({ control, labelId }) => (
        <div
          data-mf-slot="resolution"
          data-layout={tiles ? "tiles" : "select"}
          className={slotClass(classNames, "resolution")}
        >
          {tiles ? (
            <ResolutionTiles
              options={options}
              value={value}
              onChoose={choose}
              name={name}
              disabled={disabled}
              noteOf={noteOf}
              group={{ ...control, "aria-labelledby": labelId }}
              inputRef={input.ref}
              classNames={classNames}
            />
          ) : (
            <ResolutionSelect
              options={options}
              value={value}
              onChoose={choose}
              placeholder={messages.placeholder}
              disabled={disabled}
              noteOf={noteOf}
              control={control}
              triggerRef={input.ref}
              classNames={classNames}
            />
          )}
          {swappable ? (
            <button
              type="button"
              data-mf-slot="resolution-swap"
              className={slotClass(classNames, "resolution-swap")}
              aria-label={messages.swap}
              title={messages.swap}
              disabled={disabled || swapTo === undefined}
              onClick={() => swapTo !== undefined && choose(swapTo)}
            >
              <StrokeIcon d="M4 2.5v9m0 0L2 9.5m2 2 2-2M12 13.5v-9m0 0-2 2m2-2 2 2" strokeWidth={1.5} />
            </button>
          ) : null}
          {partner ? <JoinedTiers {...props} name={undefined} field={partner} messages={messages} /> : null}
        </div>
      )}
    </FieldShell>
  );
}

/** The tier row of a joined control: its own value subscription, so a tier change re-renders only this row. */
function JoinedTiers(props: ResolutionFieldProps & { field: FormField; messages: ResolutionFieldMessages }) {
  const { field, disabled, classNames, messages } = props;
  const { field: input, error } = useFieldController(props);
  const options = useMemo(() => resolutionOptions(field, messages), [field, messages]);
  const noteOf = useOptionNotes(field.name);
  const id = useId();
  const label = useFieldLabel(field);
  return (
    <div
      data-mf-slot="resolution-tiers"
      data-name={field.name}
      data-invalid={error ? "" : undefined}
      className={slotClass(classNames, "resolution-tiers")}
    >
      <span
        id={`${id}-label`}
        data-mf-slot="resolution-tiers-label"
        className={slotClass(classNames, "resolution-tiers-label")}
      >
        {label}
      </span>
      <ResolutionTiles
        options={options}
        value={input.value}
        onChoose={(option) => {
          input.onChange(option.value);
          input.onBlur();
        }}
        name={id}
        disabled={disabled}
        noteOf={noteOf}
        group={{
          "aria-labelledby": `${id}-label`,
          "aria-describedby": error ? `${id}-error` : undefined,
          "aria-invalid": error ? true : undefined,
        }}
        inputRef={input.ref}
        classNames={classNames}
        size="compact"
      />
      {error ? (
        <p data-mf-slot="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
