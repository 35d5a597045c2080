"use client";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { apiKeyEnvVar, curlCommand, generationUrl, maskApiKey } from "../core/curl-command";

/** Props of {@link RequestPreview}. */
export interface RequestPreviewProps {
  /** The `POST /api/v1/images` body; `undefined` shows a placeholder. */
  request: object | undefined;
  /** API base URL, e.g. `https://nano-gpt.com` or `https://openrouter.ai/api/v1`. Default `https://nano-gpt.com`. */
  baseUrl?: string;
  /** Only its last four characters are ever shown; the command itself reads the key from `envVar`. */
  apiKey?: string;
  /**
   * The environment variable the cURL command reads the key from. Default: the provider's, from `baseUrl`
   * (`OPENROUTER_API_KEY` for OpenRouter, `NANOGPT_API_KEY` otherwise).
   */
  envVar?: string;
  className?: string;
}

type CopyState = "idle" | "copied" | "failed";

/** A copy button; `navigator.clipboard` is looked up on click, so server rendering never touches it. */
function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    let next: CopyState = "failed";
    try {
      if (clipboard) {
        await clipboard.writeText(text);
        next = "copied";
      }
    } catch {
      // Permission denied or an insecure context: report it, the text stays selectable.
    }
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), 2000);
  };
  return (
    <>
      <button
        type="button"
        data-mf-slot="button"
        data-variant="secondary"
        data-action="copy"
        data-state={state}
        onClick={copy}
      >
        {label}
      </button>
      <span data-mf-slot="copy-status" role="status">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the text instead" : ""}
      </span>
    </>
  );
}

/** A captioned, scrollable code block with its copy button. */
function CodeFigure(props: {
  id: string;
  slot: string;
  text: string;
  copy: string;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <figure data-mf-slot={`request-preview-${props.slot}`} aria-labelledby={props.id}>
      <figcaption id={props.id}>{props.children}</figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable (axe scrollable-region-focusable). */}
      <pre tabIndex={0}>
        <code>{props.text}</code>
      </pre>
      <CopyButton text={props.text} label={props.copy} />
      {props.after}
    </figure>
  );
}

/**
 * Shows the request body as pretty JSON and as a cURL command, each with a Copy button. The API key is never
 * shown in full: the command reads the provider's variable (`$NANOGPT_API_KEY`, `$OPENROUTER_API_KEY`, or
 * `envVar`), and a note shows the masked key (`sk-…wxyz`).
 *
 * @example
 * ```tsx
 * const { request } = useModelParameterForm(model);
 * <RequestPreview request={request} baseUrl="https://nano-gpt.com" />
 * ```
 */
export function RequestPreview({ request, baseUrl, apiKey, envVar: envVarProp, className }: RequestPreviewProps) {
  const id = useId();
  if (request === undefined) {
    return (
      <div data-mf-root="" data-mf-slot="request-preview" data-state="empty" className={className}>
        <p data-mf-slot="request-preview-empty">No request yet: pick a model and fill in the form.</p>
      </div>
    );
  }
  const json = JSON.stringify(request, null, 2);
  const envVar = envVarProp ?? apiKeyEnvVar(baseUrl);
  const curl = curlCommand(request, { baseUrl, envVar });
  return (
    <div data-mf-root="" data-mf-slot="request-preview" data-state="ready" className={className}>
      <CodeFigure id={`${id}-json`} slot="json" text={json} copy="Copy JSON">
        Request body <code>POST {generationUrl(baseUrl)}</code>
      </CodeFigure>
      <CodeFigure
        id={`${id}-curl`}
        slot="curl"
        text={curl}
        copy="Copy cURL"
        after={
          <p data-mf-slot="request-preview-key">
            {apiKey
              ? `Uses your key ${maskApiKey(apiKey)}: run export ${envVar}=… first.`
              : `Set ${envVar} to your API key before running it.`}
          </p>
        }
      >
        cURL
      </CodeFigure>
    </div>
  );
}
