import type { GeneratedImage } from "@model-forms/client";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { FormValues, ImageRequest } from "../core/types";
import { useMessagesLocale, usePartMessages } from "../form/model-form-messages";
import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import { formatSeconds, formatUsd } from "./format-usd";
import { downloadImage, imageFileName, imageSource, openImage } from "./image-file";

/** NanoGPT keeps a returned `url` for about an hour. */
export const IMAGE_URL_LIFETIME_MS = 60 * 60 * 1000;

/**
 * What {@link GenerationResults} shows: a `GenerationResult` from the hook fits, and so does a history entry.
 *
 * @example
 * ```ts
 * const view: GenerationResultView = { id: "g1", images: [{ url }], request: { model: "acme/pixel-v3" }, startedAt: Date.now() };
 * ```
 */
export interface GenerationResultView {
  id: string;
  images: readonly GeneratedImage[];
  request: ImageRequest;
  values?: FormValues;
  cost?: number;
  remainingBalance?: number;
  startedAt: number;
  durationMs?: number;
}

/** Texts of {@link GenerationResults}. */
export interface GenerationResultsMessages {
  label: string;
  imageAlt(index: number, count: number, prompt?: string): string;
  /** Added after each action's visible text for screen readers, e.g. "image 1 of 2". */
  imageSuffix(index: number, count: number): string;
  /** `price` is the amount written in the messages' locale ("$0.04"). */
  cost(usd: number, price?: string): string;
  balance(usd: number, price?: string): string;
  /** `seconds` is the time written in the messages' locale ("3.2 s"). */
  duration(ms: number, seconds?: string): string;
  download: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  open: string;
  useAsReference: string;
  reuseSettings: string;
  /** Shown when a result holds remote URLs (NanoGPT's expire within about an hour); `locale` from the messages. */
  expiryNote(expiresAt: Date, locale?: string): string;
  expired: string;
}

/** The English texts of {@link GenerationResults}. */
export const defaultGenerationResultsMessages: GenerationResultsMessages = {
  label: "Generated images",
  imageAlt: (index, count, prompt) => `Result ${index + 1} of ${count}${prompt ? `: ${prompt}` : ""}`,
  imageSuffix: (index, count) => `image ${index + 1} of ${count}`,
  cost: (usd, price = formatUsd(usd)) => `Cost ${price}`,
  balance: (usd, price = formatUsd(usd)) => `Balance ${price}`,
  duration: (ms, seconds = formatSeconds(ms)) => `in ${seconds}`,
  download: "Download",
  copyLink: "Copy link",
  copied: "Link copied",
  copyFailed: "Could not copy the link",
  open: "Open",
  useAsReference: "Use as reference",
  reuseSettings: "Reuse settings",
  expiryNote: (at, locale) =>
    `Image links expire about an hour after generation (around ${at.toLocaleTimeString(locale ?? [], { hour: "2-digit", minute: "2-digit" })}). Download what you want to keep.`,
  expired: "This link has probably expired.",
};

/** The parts of {@link GenerationResults}, each marked `data-mf-slot`. */
export type GenerationResultsSlot =
  | "results"
  | "results-summary"
  | "results-cost"
  | "results-balance"
  | "results-duration"
  | "results-note"
  | "results-list"
  | "result"
  | "result-image"
  | "result-actions"
  | "result-action"
  | "results-status";

/** Props of {@link GenerationResults}. */
export interface GenerationResultsProps {
  result: GenerationResultView | undefined;
  /** Shown as a button per image when given (e.g. only for a model that takes reference images). */
  onUseAsReference?(src: string, image: GeneratedImage, index: number): void;
  /** Shown as a button when given: restore the values that produced this result. */
  onReuseSettings?(result: GenerationResultView): void;
  /** Name for downloads; default the request's model. */
  modelName?: string;
  /** Clock for the expiry note (tests). Default `Date.now()`. */
  now?: number;
  /** Rendered when there is no result. */
  empty?: ReactNode;
  messages?: Partial<GenerationResultsMessages>;
  className?: string;
  classNames?: SlotClassNames<GenerationResultsSlot>;
}

const isRemote = (src: string | undefined) => !!src && /^https?:/i.test(src);

/**
 * The images of a generation, from `url` or `b64_json` (with its media type), each with Download (a file name
 * that says model, prompt and time), Copy link and Open; the cost, the remaining balance and the time taken when
 * known; a note that remote links expire within about an hour; "Use as reference" and "Reuse settings" when
 * their handlers are given.
 *
 * @example
 * ```tsx
 * <GenerationResults result={generation.result} onReuseSettings={(r) => form.reset(r.values)} />
 * ```
 */
export function GenerationResults(props: GenerationResultsProps) {
  const { result, classNames, onUseAsReference, onReuseSettings } = props;
  const messages = usePartMessages("results", defaultGenerationResultsMessages, props.messages);
  const locale = useMessagesLocale();
  const [status, setStatus] = useState("");
  const [broken, setBroken] = useState<ReadonlySet<string>>(new Set());
  const clear = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(clear.current), []);
  const announce = (text: string) => {
    setStatus(text);
    clearTimeout(clear.current);
    clear.current = setTimeout(() => setStatus(""), 3000);
  };

  if (!result || result.images.length === 0)
    return props.empty ? (
      <div
        data-mf-root=""
        data-mf-slot="results"
        data-state="empty"
        className={slotClass(classNames, "results", props.className)}
      >
        {props.empty}
      </div>
    ) : null;

  const { images, request, startedAt } = result;
  const count = images.length;
  const prompt = typeof request.prompt === "string" ? request.prompt : undefined;
  const sources = images.map(imageSource);
  const expiresAt = startedAt + IMAGE_URL_LIFETIME_MS;
  const hasRemote = sources.some(isRemote);
  const expired = hasRemote && (props.now ?? Date.now()) > expiresAt;
  const model = props.modelName ?? String(request.model);
  const slot = (name: GenerationResultsSlot, extra?: string) => slotClass(classNames, name, extra);

  const copy = async (src: string) => {
    try {
      await navigator.clipboard.writeText(src);
      announce(messages.copied);
    } catch {
      announce(messages.copyFailed);
    }
  };

  return (
    <section
      data-mf-root=""
      data-mf-slot="results"
      data-state={expired ? "expired" : "ready"}
      className={slot("results", props.className)}
    >
      <div data-mf-slot="results-summary" className={slot("results-summary")}>
        {result.cost !== undefined ? (
          <span data-mf-slot="results-cost" className={slot("results-cost")}>
            {messages.cost(result.cost, formatUsd(result.cost, locale))}
          </span>
        ) : null}
        {result.remainingBalance !== undefined ? (
          <span data-mf-slot="results-balance" className={slot("results-balance")}>
            {messages.balance(result.remainingBalance, formatUsd(result.remainingBalance, locale))}
          </span>
        ) : null}
        {result.durationMs !== undefined ? (
          <span data-mf-slot="results-duration" className={slot("results-duration")}>
            {messages.duration(result.durationMs, formatSeconds(result.durationMs, locale))}
          </span>
        ) : null}
        {onReuseSettings ? (
          <button
            type="button"
            data-mf-slot="result-action"
            data-action="reuse-settings"
            className={slot("result-action")}
            onClick={() => onReuseSettings(result)}
          >
            {messages.reuseSettings}
          </button>
        ) : null}
      </div>
      {hasRemote ? (
        <p data-mf-slot="results-note" data-state={expired ? "expired" : "fresh"} className={slot("results-note")}>
          {expired ? messages.expired : messages.expiryNote(new Date(expiresAt), locale)}
        </p>
      ) : null}
      <ul data-mf-slot="results-list" aria-label={messages.label} className={slot("results-list")}>
        {images.map((image, index) => {
          const src = sources[index];
          if (!src) return null;
          const suffix = (
            <>
              {" "}
              <span data-mf-slot="sr-only">{messages.imageSuffix(index, count)}</span>
            </>
          );
          const fileName = imageFileName({ model, prompt, date: startedAt, index, count, image });
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: images have no identity besides their position.
              key={index}
              data-mf-slot="result"
              data-broken={broken.has(src) ? "" : undefined}
              className={slot("result")}
            >
              <img
                data-mf-slot="result-image"
                className={slot("result-image")}
                src={src}
                alt={messages.imageAlt(index, count, prompt)}
                onError={() => setBroken((set) => new Set(set).add(src))}
              />
              <div data-mf-slot="result-actions" className={slot("result-actions")}>
                <button
                  type="button"
                  data-mf-slot="result-action"
                  data-action="download"
                  className={slot("result-action")}
                  onClick={() => void downloadImage(src, fileName)}
                >
                  {messages.download}
                  {suffix}
                </button>
                {isRemote(src) ? (
                  <button
                    type="button"
                    data-mf-slot="result-action"
                    data-action="copy-link"
                    className={slot("result-action")}
                    onClick={() => void copy(src)}
                  >
                    {messages.copyLink}
                    {suffix}
                  </button>
                ) : null}
                <button
                  type="button"
                  data-mf-slot="result-action"
                  data-action="open"
                  className={slot("result-action")}
                  onClick={() => openImage(src)}
                >
                  {messages.open}
                  {suffix}
                </button>
                {onUseAsReference ? (
                  <button
                    type="button"
                    data-mf-slot="result-action"
                    data-action="use-as-reference"
                    className={slot("result-action")}
                    onClick={() => onUseAsReference(src, image, index)}
                  >
                    {messages.useAsReference}
                    {suffix}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <span data-mf-slot="results-status" role="status" className={slot("results-status")}>
        {status}
      </span>
    </section>
  );
}
