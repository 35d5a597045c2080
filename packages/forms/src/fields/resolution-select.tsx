import { useRef } from "react";
import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import { ClosedSelectTrigger } from "./closed-select-trigger";
import type { FieldControlProps } from "./field-shell";
import { ResolutionOptionText } from "./resolution-option-text";
import type { ResolutionOption } from "./resolution-options";
import { ResolutionShapeIcon } from "./resolution-shape-icon";
import type { ResolutionFieldSlot } from "./resolution-tiles";
import { StrokeIcon } from "./stroke-icon";
import { useWakeableSelect } from "./use-wakeable-select";

/** Props of {@link ResolutionSelect}. */
export interface ResolutionSelectProps {
  options: ResolutionOption[];
  value: unknown;
  onChoose(option: ResolutionOption): void;
  placeholder: string;
  disabled?: boolean;
  noteOf?: (value: string | number) => string | undefined;
  /** Aria props from the field shell, spread on the trigger. */
  control: FieldControlProps;
  /** Receives the trigger element (react-hook-form's `field.ref`, to focus it). */
  triggerRef?: (element: HTMLButtonElement | null) => void;
  classNames?: SlotClassNames<ResolutionFieldSlot>;
}

function OptionFace({ option, classNames }: { option: ResolutionOption; classNames?: SlotClassNames }) {
  return option.icon ? (
    <img src={option.icon} alt="" data-mf-slot="resolution-icon" className={slotClass(classNames, "resolution-icon")} />
  ) : (
    <ResolutionShapeIcon
      shape={option.shape}
      kind={option.parsed.kind}
      size={20}
      className={slotClass(classNames, "resolution-shape")}
    />
  );
}

/**
 * The picker beyond the tile limit: a Radix Select whose trigger and items show each option's shape, text, pixel
 * size and note. Items mount only while open.
 *
 * @example
 * ```tsx
 * <ResolutionSelect options={options} value={value} onChoose={(o) => onChange(o.value)} placeholder="Size" control={aria} />
 * ```
 */
export function ResolutionSelect({
  options,
  value,
  onChoose,
  placeholder,
  disabled,
  noteOf,
  control,
  triggerRef,
  classNames,
}: ResolutionSelectProps) {
  const trigger = useRef<HTMLButtonElement | null>(null);
  // A plain trigger until Radix Select is fetched and the user reaches for it (see useWakeableSelect).
  const { Select, open, setOpen, wake } = useWakeableSelect(trigger);
  const setTrigger = (element: HTMLButtonElement | null) => {
    trigger.current = element;
    triggerRef?.(element);
  };
  const index = options.findIndex((option) => option.value === value);
  const selected = options[index];
  const face = selected ? <OptionFace option={selected} classNames={classNames} /> : null;
  const text = selected ? (
    <ResolutionOptionText option={selected} note={noteOf?.(selected.value)} classNames={classNames} />
  ) : null;
  if (Select === undefined)
    return (
      <ClosedSelectTrigger
        control={control}
        triggerRef={setTrigger}
        slot="resolution-trigger"
        disabled={disabled}
        placeholder={!selected}
        className={slotClass(classNames, "resolution-trigger")}
        onWake={wake}
        before={face}
        iconClassName={slotClass(classNames, "select-icon")}
      >
        {text ?? placeholder}
      </ClosedSelectTrigger>
    );
  return (
    <Select.Root
      // Radix items need non-empty string values: positions, not the (possibly blank) published values.
      value={selected ? String(index) : ""}
      onValueChange={(position) => {
        // Radix reports "" when its hidden native select resets: not a choice.
        const option = position === "" ? undefined : options[Number(position)];
        if (option) onChoose(option);
      }}
      disabled={disabled}
      open={open}
      onOpenChange={setOpen}
    >
      <Select.Trigger
        {...control}
        ref={setTrigger}
        data-mf-slot="resolution-trigger"
        className={slotClass(classNames, "resolution-trigger")}
      >
        {face}
        <Select.Value placeholder={placeholder}>{text}</Select.Value>
        <Select.Icon data-mf-slot="select-icon" className={slotClass(classNames, "select-icon")}>
          <StrokeIcon d="M4 6l4 4 4-4" />
        </Select.Icon>
      </Select.Trigger>
      {open ? (
        <Select.Portal>
          {/* Portalled to <body>: a root of the stylesheet's scope of its own. */}
          <Select.Content
            data-mf-root=""
            data-mf-slot="resolution-content"
            className={slotClass(classNames, "resolution-content")}
            position="popper"
            sideOffset={4}
          >
            <Select.Viewport data-mf-slot="select-viewport" className={slotClass(classNames, "select-viewport")}>
              {options.map((option, position) => {
                const note = noteOf?.(option.value);
                return (
                  <Select.Item
                    key={option.key}
                    value={String(position)}
                    data-mf-slot="resolution-item"
                    data-kind={option.parsed.kind}
                    className={slotClass(classNames, "resolution-item")}
                  >
                    <OptionFace option={option} classNames={classNames} />
                    {/* Size and note inside the item text: Radix names the option by it. */}
                    <Select.ItemText>
                      <ResolutionOptionText option={option} note={note} classNames={classNames} />
                    </Select.ItemText>
                  </Select.Item>
                );
              })}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      ) : null}
    </Select.Root>
  );
}
