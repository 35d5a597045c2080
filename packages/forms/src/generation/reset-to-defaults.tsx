import type { FormValues } from "../core/types";
import { toFormValues } from "../form/field-paths";
import { useModelFormContext } from "../form/model-form-context";
import { usePartMessages } from "../form/model-form-messages";

/** Texts of {@link ResetToDefaults}. */
export interface ResetToDefaultsMessages {
  label: string;
}

/** The English texts of {@link ResetToDefaults}. */
export const defaultResetToDefaultsMessages: ResetToDefaultsMessages = { label: "Reset to model defaults" };

/** Props of {@link ResetToDefaults}. */
export interface ResetToDefaultsProps {
  /** Keep the prompt text (default true: a settings reset never throws the user's words away). */
  keepPrompt?: boolean;
  onReset?(): void;
  messages?: Partial<ResetToDefaultsMessages>;
  className?: string;
}

/**
 * A button that puts the surrounding `<ModelParameterForm>` back to its model's defaults (the prompt stays
 * unless `keepPrompt={false}`).
 *
 * @example
 * ```tsx
 * <ModelParameterForm modelId="acme/pixel-v3"><ResetToDefaults /></ModelParameterForm>
 * ```
 */
export function ResetToDefaults({ keepPrompt = true, onReset, messages, className }: ResetToDefaultsProps) {
  const modelForm = useModelFormContext();
  const text = usePartMessages("reset", defaultResetToDefaultsMessages, messages);
  if (!modelForm) throw new Error("ResetToDefaults must be rendered inside a <ModelParameterForm>.");
  const reset = () => {
    const { form, compiled } = modelForm;
    const prompt = modelForm.getValues().prompt;
    const values = keepPrompt && prompt !== undefined ? { ...compiled.defaults, prompt } : compiled.defaults;
    form.reset(toFormValues(values) as FormValues);
    onReset?.();
  };
  return (
    <button type="button" data-mf-root="" data-mf-slot="reset-defaults" className={className} onClick={reset}>
      {text.label}
    </button>
  );
}
