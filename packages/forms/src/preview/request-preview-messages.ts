/** Texts of `RequestPreview`. */
export interface RequestPreviewMessages {
  /** Shown while there is no valid request. */
  empty: string;
  /** The JSON block's caption, before the `POST <url>` code. */
  requestBody: string;
  /** The cURL block's caption. */
  curl: string;
  copyJson: string;
  copyCurl: string;
  copied: string;
  copyFailed: string;
  /** Under the command when a key is given: `maskedKey` shows its last four characters. */
  usesKey(maskedKey: string, envVar: string): string;
  /** Under the command when no key is given. */
  setKey(envVar: string): string;
}

/**
 * The English texts of {@link RequestPreviewMessages}.
 *
 * @example
 * ```ts
 * defaultRequestPreviewMessages.setKey("NANOGPT_API_KEY"); // "Set NANOGPT_API_KEY to your API key before running it."
 * ```
 */
export const defaultRequestPreviewMessages: RequestPreviewMessages = {
  empty: "No request yet: pick a model and fill in the form.",
  requestBody: "Request body",
  curl: "cURL",
  copyJson: "Copy JSON",
  copyCurl: "Copy cURL",
  copied: "Copied",
  copyFailed: "Copy failed: select the text instead",
  usesKey: (maskedKey, envVar) => `Uses your key ${maskedKey}: run export ${envVar}=… first.`,
  setKey: (envVar) => `Set ${envVar} to your API key before running it.`,
};
