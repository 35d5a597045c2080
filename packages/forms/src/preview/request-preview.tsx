"use client";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { apiKeyEnvVar, curlCommand, generationUrl, maskApiKey } from "../core/curl-command";
import { usePartMessages } from "../form/model-form-messages";
import { defaultRequestPreviewMessages, type RequestPreviewMessages } from "./request-preview-messages";

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
  /** Texts (English by default; also read from an enclosing `ModelFormMessagesProvider`). */
  messages?: Partial<RequestPreviewMessages>;
}

type CopyState = "idle" | "copied" | "failed";

/** A copy button; `navigator.clipboard` is looked up on click, so server rendering never touches it. */
function CopyButton({ text, label, messages }: { text: string; label: string; messages: RequestPreviewMessages }) {
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
        {state === "copied" ? messages.copied : state === "failed" ? messages.copyFailed : ""}
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
  messages: RequestPreviewMessages;
}) {
  return (
    <figure data-mf-slot={`request-preview-${props.slot}`} aria-labelledby={props.id}>
      <figcaption id={props.id}>{props.children}</figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable (axe scrollable-region-focusable). */}
      <pre tabIndex={0}>
        <code>{props.text}</code>
      </pre>
      <CopyButton text={props.text} label={props.copy} messages={props.messages} />
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
export function RequestPreview(props: RequestPreviewProps) {
  const { request, baseUrl, apiKey, envVar: envVarProp, className } = props;
  const id = useId();
  const messages = usePartMessages("preview", defaultRequestPreviewMessages, props.messages);
  if (request === undefined) {
    return (
      <div data-mf-root="" data-mf-slot="request-preview" data-state="empty" className={className}>
        <p data-mf-slot="request-preview-empty">{messages.empty}</p>
      </div>
    );
  }
  const json = JSON.stringify(request, null, 2);
  const envVar = envVarProp ?? apiKeyEnvVar(baseUrl);
  const curl = curlCommand(request, { baseUrl, envVar });
  return (
    <div data-mf-root="" data-mf-slot="request-preview" data-state="ready" className={className}>
      <CodeFigure id={`${id}-json`} slot="json" text={json} copy={messages.copyJson} messages={messages}>
        {messages.requestBody} <code>POST {generationUrl(baseUrl)}</code>
      </CodeFigure>
      <CodeFigure
        id={`${id}-curl`}
        slot="curl"
        text={curl}
        copy={messages.copyCurl}
        messages={messages}
        after={
          <p data-mf-slot="request-preview-key">
            {apiKey ? messages.usesKey(maskApiKey(apiKey), envVar) : messages.setKey(envVar)}
          </p>
        }
      >
        {messages.curl}
      </CodeFigure>
    </div>
  );
}
