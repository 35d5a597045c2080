import type { ReactNode } from "react";

/** Texts of the form's own UI. */
export interface ModelParameterFormMessages {
  advanced: string;
  /** The submit button (unless `submitLabel` is given). */
  generate: string;
  submitting: string;
  loading: string;
  retry: string;
  loadError: string;
  /** Shown for an unknown model id; `suggestions` are close ids from the catalog. */
  notFound(id: string, suggestions: string[]): ReactNode;
  /**
   * The banner after a failed submit. `message` is the API's own message (or a plain sentence), never a URL or a
   * credential; `error` is what `onSubmit` threw or returned.
   */
  submitError(error: unknown, message: string): ReactNode;
}

/**
 * The English texts of {@link ModelParameterFormMessages}.
 *
 * @example
 * ```ts
 * defaultModelParameterFormMessages.advanced; // "Advanced"
 * ```
 */
export const defaultModelParameterFormMessages: ModelParameterFormMessages = {
  advanced: "Advanced",
  generate: "Generate",
  submitting: "Generating…",
  loading: "Loading model parameters…",
  retry: "Retry",
  loadError: "Could not load the model.",
  notFound: (id, suggestions) =>
    suggestions.length
      ? `Unknown model "${id}". Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?`
      : `Unknown model "${id}".`,
  submitError: (_error, message) => message,
};
