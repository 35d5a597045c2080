import * as z from "zod/mini";
import { type CoreMessages, defaultCoreMessages } from "../core-messages";
import { lazyField } from "../lazy-field";
import type { FormField } from "../types";

/**
 * Options of the prompt field (the object form of `CompileOptions.prompt`).
 *
 * @example
 * ```ts
 * const options: PromptFieldOptions = { required: false, maxLength: 2000 };
 * ```
 */
export interface PromptFieldOptions {
  required?: boolean;
  maxLength?: number;
  label?: string;
  description?: string;
}

/**
 * The prompt field the compiler adds in front of the model's parameters: a trimmed string, required (non-blank)
 * unless `required: false`, with an optional `maxLength`. It starts empty.
 *
 * @example
 * ```ts
 * const prompt = compilePromptField({ maxLength: 2000 });
 * prompt.schema.parse("  a lighthouse  "); // "a lighthouse"
 * prompt.hint; // "Up to 2000 characters"
 * ```
 */
export function compilePromptField(
  options: PromptFieldOptions = {},
  messages: CoreMessages = defaultCoreMessages,
): FormField {
  const required = options.required ?? true;
  const maxLength =
    options.maxLength !== undefined && Number.isFinite(options.maxLength) && options.maxLength > 0
      ? Math.floor(options.maxLength)
      : undefined;
  return lazyField(
    {
      name: "prompt",
      label: options.label ?? messages.promptLabel,
      ...(options.description === undefined ? {} : { description: options.description }),
      kind: "prompt",
      widget: "prompt",
      constraints: { required, ...(maxLength === undefined ? {} : { maxLength }) },
      defaultValue: "",
      hint: maxLength === undefined ? "" : messages.promptHint(maxLength),
      advanced: false,
      fixed: false,
    },
    () => {
      // `zod/mini` loads no locale: every check carries its own message. Trim first, so blanks count as empty.
      const checks: z.core.$ZodCheck<string>[] = [z.trim()];
      if (required) checks.push(z.minLength(1, messages.enterPrompt));
      if (maxLength !== undefined) checks.push(z.maxLength(maxLength, messages.atMostCharacters(maxLength)));
      const schema = z.string(required ? messages.enterPrompt : messages.expectedText).check(...checks);
      return required ? schema : z.optional(schema);
    },
  );
}
