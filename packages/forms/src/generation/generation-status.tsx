import { useMessagesLocale, usePartMessages } from "../form/model-form-messages";
import type { SlotClassNames } from "../styles/slot-class-names";
import { slotClass } from "../styles/slot-class-names";
import type { GenerationState } from "./create-generation-controller";
import { formatSeconds, formatUsd } from "./format-usd";
import type { GenerationError, GenerationErrorKind } from "./generation-error";
import { useElapsedTime } from "./use-image-generation";

/** Texts of {@link GenerationStatus}. */
export interface GenerationStatusMessages {
  generating: string;
  /**
   * The running timer (a `role="timer"`, which screen readers do not announce on every tick); `seconds` is the time
   * already written in the messages' locale ("3.2 s").
   */
  elapsed(ms: number, seconds?: string): string;
  abort: string;
  aborted: string;
  retry: string;
  done(count: number, durationMs: number): string;
  /** The headline of each kind of failure. */
  errors: Record<GenerationErrorKind, string>;
  /** 402 with the balance the request needed; `price` is it written in the messages' locale ("$0.04"). */
  requiredBalance(usd: number, price?: string): string;
  /** The field the API blamed, by its label. */
  field(label: string): string;
}

/** The English texts of {@link GenerationStatus}. */
export const defaultGenerationStatusMessages: GenerationStatusMessages = {
  generating: "Generating…",
  elapsed: (ms, seconds = formatSeconds(ms)) => seconds,
  abort: "Cancel",
  aborted: "Generation cancelled.",
  retry: "Retry",
  done: (count) => `${count} ${count === 1 ? "image" : "images"} generated.`,
  errors: {
    insufficient_balance: "Your balance is too low for this generation.",
    content_policy: "The request was refused by the content policy.",
    invalid_request: "The API rejected the request.",
    unauthorized: "The API key was refused.",
    model_not_found: "This model is not available.",
    rate_limited: "Too many requests. Wait a moment, then retry.",
    server: "The image service had a problem.",
    network: "The connection dropped before an answer came back. Your values are kept.",
    timeout: "No answer in time.",
    bad_response: "The answer held no images.",
    unknown: "The generation failed.",
  },
  requiredBalance: (usd, price = formatUsd(usd)) => `It needs ${price}.`,
  field: (label) => `Check “${label}”.`,
};

/** The parts of {@link GenerationStatus}, each marked `data-mf-slot`. */
export type GenerationStatusSlot =
  | "generation-status"
  | "generation-progress"
  | "generation-elapsed"
  | "generation-error"
  | "generation-error-detail"
  | "generation-abort"
  | "generation-retry";

/** Props of {@link GenerationStatus}. */
export interface GenerationStatusProps {
  /** `useImageGeneration()`'s return (or any state with these actions). */
  generation: GenerationState & { abort(): void; retry(): unknown };
  /** The label of a field, for an error that names one. */
  fieldLabel?(name: string): string | undefined;
  messages?: Partial<GenerationStatusMessages>;
  className?: string;
  classNames?: SlotClassNames<GenerationStatusSlot>;
}

/** Masks credentials an error text may echo back. */
const redact = (text: string) =>
  text.replace(/\b(Bearer|Basic)\s+[^\s"',;]+/gi, "$1 ***").replace(/\bsk-[\w-]{6,}/g, "sk-***");

/** The lines of an error: the kind's headline, the API's own words, and what it blamed. */
function errorLines(
  error: GenerationError,
  messages: GenerationStatusMessages,
  locale: string | undefined,
  label?: string,
): string[] {
  const lines = [messages.errors[error.kind]];
  if (error.message && error.message !== lines[0]) lines.push(redact(error.message));
  const balance = error.requiredBalance;
  if (balance !== undefined) lines.push(messages.requiredBalance(balance, formatUsd(balance, locale)));
  if (label) lines.push(messages.field(label));
  return lines;
}

/**
 * The state of a generation in one line: "Generating… 3.2 s" with Cancel, the typed error with the API's own
 * message and a Retry button (resends the same body) when resending can help, "Cancelled" with Retry, or the
 * last result's count and time. Only this component re-renders while the timer ticks.
 *
 * @example
 * ```tsx
 * const generation = useImageGeneration();
 * <GenerationStatus generation={generation} />
 * ```
 */
export function GenerationStatus({ generation, fieldLabel, className, classNames, ...props }: GenerationStatusProps) {
  // Own prop over an enclosing ModelFormMessagesProvider's `status` part over English.
  const messages = usePartMessages("status", defaultGenerationStatusMessages, props.messages);
  const locale = useMessagesLocale();
  const { status, error, startedAt, durationMs, result } = generation;
  const running = status === "generating";
  const elapsed = useElapsedTime(startedAt, running, durationMs);
  const slot = (name: GenerationStatusSlot, extra?: string) => slotClass(classNames, name, extra);
  const retry = (
    <button
      type="button"
      data-mf-slot="generation-retry"
      className={slot("generation-retry")}
      onClick={() => void generation.retry()}
    >
      {messages.retry}
    </button>
  );

  if (status === "error" && error) {
    const [headline, ...details] = errorLines(
      error,
      messages,
      locale,
      error.parameter ? fieldLabel?.(error.parameter) : undefined,
    );
    return (
      <div
        data-mf-root=""
        data-mf-slot="generation-status"
        data-state="error"
        data-kind={error.kind}
        className={slot("generation-status", className)}
      >
        <div data-mf-slot="generation-error" role="alert" className={slot("generation-error")}>
          <strong>{headline}</strong>
          {details.map((line) => (
            <span key={line} data-mf-slot="generation-error-detail" className={slot("generation-error-detail")}>
              {" "}
              {line}
            </span>
          ))}
        </div>
        {error.retryable ? retry : null}
      </div>
    );
  }
  return (
    <div
      data-mf-root=""
      data-mf-slot="generation-status"
      data-state={status}
      className={slot("generation-status", className)}
    >
      <span data-mf-slot="generation-progress" role="status" className={slot("generation-progress")}>
        {running
          ? messages.generating
          : status === "aborted"
            ? messages.aborted
            : status === "success" && result
              ? messages.done(result.images.length, result.durationMs)
              : ""}
      </span>
      {running ? (
        <span data-mf-slot="generation-elapsed" role="timer" className={slot("generation-elapsed")}>
          {messages.elapsed(elapsed, formatSeconds(elapsed, locale))}
        </span>
      ) : null}
      {running ? (
        <button
          type="button"
          data-mf-slot="generation-abort"
          className={slot("generation-abort")}
          onClick={generation.abort}
        >
          {messages.abort}
        </button>
      ) : status === "aborted" ? (
        retry
      ) : null}
    </div>
  );
}
