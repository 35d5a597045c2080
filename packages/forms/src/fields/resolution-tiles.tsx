import type { HTMLAttributes, Ref } from "react";
import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import { ResolutionOptionText } from "./resolution-option-text";
import type { ResolutionOption } from "./resolution-options";
import { ResolutionShapeIcon } from "./resolution-shape-icon";

/** Parts of the resolution picker that carry `data-mf-slot`, for `classNames`. */
export type ResolutionFieldSlot =
  | "resolution"
  | "resolution-options"
  | "resolution-option"
  | "resolution-radio"
  | "resolution-shape"
  | "resolution-icon"
  | "resolution-label"
  | "resolution-detail"
  | "resolution-note"
  | "resolution-swap"
  | "resolution-tiers"
  | "resolution-tiers-label"
  | "resolution-trigger"
  | "resolution-content"
  | "resolution-item";

/** Props of {@link ResolutionTiles}. */
export interface ResolutionTilesProps {
  options: ResolutionOption[];
  value: unknown;
  onChoose(option: ResolutionOption): void;
  /** The native radio group's name (unique per group). */
  name: string;
  disabled?: boolean;
  noteOf?: (value: string | number) => string | undefined;
  /** Aria props of the radiogroup (label, description, invalid, required). */
  group: HTMLAttributes<HTMLDivElement> & { id?: string };
  /** Focus target for react-hook-form (the checked radio, else the first). */
  inputRef?: Ref<HTMLInputElement>;
  classNames?: SlotClassNames<ResolutionFieldSlot>;
  /** `data-size="compact"` for the tier row of a joined control. */
  size?: "compact";
}

/**
 * Options as radio tiles: each a native radio (arrow keys move and choose, Tab leaves the group) in a label with the
 * option's shape to scale, its text, its pixel size and its note.
 *
 * @example
 * ```tsx
 * <ResolutionTiles options={options} value={value} onChoose={(o) => onChange(o.value)} name={id} group={{ "aria-label": "Size" }} />
 * ```
 */
export function ResolutionTiles({
  options,
  value,
  onChoose,
  name,
  disabled,
  noteOf,
  group,
  inputRef,
  classNames,
  size,
}: ResolutionTilesProps) {
  const selected = options.findIndex((option) => option.value === value);
  return (
    <div
      {...group}
      role="radiogroup"
      data-mf-slot="resolution-options"
      data-size={size}
      className={slotClass(classNames, "resolution-options")}
    >
      {options.map((option, index) => {
        const checked = index === selected;
        const note = noteOf?.(option.value);
        return (
          <label
            key={option.key}
            data-mf-slot="resolution-option"
            data-state={checked ? "checked" : "unchecked"}
            data-kind={option.parsed.kind}
            data-orientation={option.parsed.orientation}
            data-disabled={disabled ? "" : undefined}
            className={slotClass(classNames, "resolution-option")}
          >
            <input
              ref={checked || (selected === -1 && index === 0) ? inputRef : undefined}
              type="radio"
              name={name}
              value={option.key}
              checked={checked}
              disabled={disabled}
              onChange={() => onChoose(option)}
              data-mf-slot="resolution-radio"
              className={slotClass(classNames, "resolution-radio")}
            />
            {option.icon ? (
              <img
                src={option.icon}
                alt=""
                data-mf-slot="resolution-icon"
                className={slotClass(classNames, "resolution-icon")}
              />
            ) : (
              <ResolutionShapeIcon
                shape={option.shape}
                kind={option.parsed.kind}
                className={slotClass(classNames, "resolution-shape")}
              />
            )}
            <ResolutionOptionText option={option} note={note} classNames={classNames} />
          </label>
        );
      })}
    </div>
  );
}
