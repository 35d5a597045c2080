import type { KeyboardEvent } from "react";

/**
 * Submits the element's form (as the submit button would, so validation and the submitting state apply) when the
 * key is Enter with the given modifier rule; not while an input method is composing text.
 *
 * - `"command"`: Ctrl+Enter or Cmd+Enter (the prompt, where Enter starts a new line);
 * - `"plain"`: Enter without modifiers (a checkbox, where browsers disagree: Firefox submits, Chromium does not).
 *
 * @example
 * ```tsx
 * <textarea onKeyDown={(event) => submitOnEnter(event, "command")} />
 * ```
 */
export function submitOnEnter(event: KeyboardEvent<HTMLElement>, keys: "command" | "plain"): void {
  if (event.key !== "Enter" || event.nativeEvent.isComposing || event.defaultPrevented) return;
  const command = event.ctrlKey || event.metaKey;
  if (keys === "command" ? !command || event.altKey : command || event.altKey || event.shiftKey) return;
  const form = (event.currentTarget as HTMLElement & { form?: HTMLFormElement | null }).form;
  if (!form) return;
  event.preventDefault();
  form.requestSubmit();
}
