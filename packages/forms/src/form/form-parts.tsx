import type { ComponentPropsWithoutRef, ComponentType, ReactNode } from "react";
import type { FieldSlot } from "../fields/types";
import type { SlotClassNames } from "../styles/slot-class-names";

/** The parts `<ModelParameterForm>` renders itself, by their `data-mf-slot` (`root` is the `<form>`). */
export type FormSlot =
  | "root"
  | "field"
  | "advanced"
  | "advanced-summary"
  | "advanced-content"
  | "actions"
  | "submit"
  | "form-error"
  | "form-error-detail"
  | "button"
  | "skeleton-field"
  | "skeleton";

/**
 * Classes per part of the form: its own parts (`root`, `field` for every field's root, `advanced`, `actions`,
 * `submit`, `form-error`, `skeleton`, ...) and every part of its fields (`label`, `hint`, `error`, `select-trigger`,
 * `select-content`, `select-item`, `slider-thumb`, ...), applied to each field that renders it.
 *
 * @example
 * ```tsx
 * <ModelParameterForm modelId="acme/pixel-v3" classNames={{ submit: "w-full", label: "text-base", field: "gap-1" }} />
 * ```
 */
export type ModelParameterFormClassNames = SlotClassNames<FormSlot | Exclude<FieldSlot, "root">>;

/** Props the submit button receives; spread them on a `<button>` (or a component that renders one). */
export type SubmitButtonProps = ComponentPropsWithoutRef<"button"> & {
  type: "submit";
  "data-mf-slot": "submit";
  "data-state": "submitting" | "idle";
};

/** Props of the Advanced disclosure. It is controlled: the form opens it when an advanced field is invalid. */
export interface AdvancedSectionProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The summary text ("Advanced"). */
  label: ReactNode;
  /** The advanced fields. */
  children: ReactNode;
  classNames?: SlotClassNames<"advanced" | "advanced-summary" | "advanced-content">;
}

/**
 * Components that replace the form's own parts, e.g. your design system's button and collapsible.
 *
 * @example
 * ```tsx
 * <ModelParameterForm
 *   modelId="acme/pixel-v3"
 *   slots={{
 *     submit: (props) => <Button {...props} />,
 *     advanced: ({ open, onOpenChange, label, children }) => (
 *       <Collapsible open={open} onOpenChange={onOpenChange}>
 *         <CollapsibleTrigger>{label}</CollapsibleTrigger>
 *         <CollapsibleContent>{children}</CollapsibleContent>
 *       </Collapsible>
 *     ),
 *   }}
 * />
 * ```
 */
export interface ModelParameterFormSlots {
  submit?: ComponentType<SubmitButtonProps>;
  advanced?: ComponentType<AdvancedSectionProps>;
}

/**
 * The default Advanced disclosure: a `<details>` whose open state the form controls.
 *
 * @example
 * ```tsx
 * <AdvancedSection open={open} onOpenChange={setOpen} label="Advanced">{fields}</AdvancedSection>
 * ```
 */
export function AdvancedSection({ open, onOpenChange, label, children, classNames }: AdvancedSectionProps) {
  return (
    <details
      data-mf-slot="advanced"
      className={classNames?.advanced}
      open={open}
      onToggle={(event) => onOpenChange(event.currentTarget.open)}
    >
      <summary data-mf-slot="advanced-summary" className={classNames?.["advanced-summary"]}>
        {label}
      </summary>
      <div data-mf-slot="advanced-content" className={classNames?.["advanced-content"]}>
        {children}
      </div>
    </details>
  );
}
