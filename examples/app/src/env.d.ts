/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The Image API origin; defaults to https://nano-gpt.com. */
  readonly VITE_API_BASE_URL?: string;
}
