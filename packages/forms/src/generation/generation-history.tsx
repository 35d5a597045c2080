import { useId, useState, useSyncExternalStore } from "react";
import { useMessagesLocale, usePartMessages } from "../form/model-form-messages";
import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import type { GenerationHistoryEntry, GenerationHistory as HistoryStore } from "./create-generation-history";
import { formatUsd } from "./format-usd";
import { imageSource } from "./image-file";

const NO_ENTRIES: readonly GenerationHistoryEntry[] = [];

/**
 * The entries of a history store, newest first; re-renders when they change (nothing during server rendering).
 *
 * @example
 * ```tsx
 * const entries = useGenerationHistory(history);
 * ```
 */
export function useGenerationHistory(history: HistoryStore): readonly GenerationHistoryEntry[] {
  return useSyncExternalStore(history.subscribe, history.getEntries, () => NO_ENTRIES);
}

/** Texts of {@link GenerationHistory}. */
export interface GenerationHistoryMessages {
  label: string;
  empty: string;
  clear: string;
  show: string;
  reuseSettings: string;
  remove: string;
  /** Added after each action's visible text for screen readers. */
  entrySuffix(entry: GenerationHistoryEntry, index: number): string;
  thumbnailAlt(entry: GenerationHistoryEntry, index: number): string;
  /** A thumbnail that is gone: an expired link, or an inline image left out of storage. */
  missingImage: string;
  /** `price` is the amount written in the messages' locale ("$0.04"). */
  cost(usd: number, price?: string): string;
  /** `locale` is the messages' `core.locale` (unset: the browser's). */
  time(date: Date, locale?: string): string;
}

const promptOf = (entry: GenerationHistoryEntry) =>
  typeof entry.request.prompt === "string" ? entry.request.prompt : "";

/** The English texts of {@link GenerationHistory}. */
export const defaultGenerationHistoryMessages: GenerationHistoryMessages = {
  label: "History",
  empty: "Nothing generated yet.",
  clear: "Clear history",
  show: "Show",
  reuseSettings: "Reuse settings",
  remove: "Remove",
  entrySuffix: (entry, index) => `generation ${index + 1}: ${promptOf(entry).slice(0, 40) || entry.modelId}`,
  thumbnailAlt: (entry, index) => `Image ${index + 1} of ${entry.images.length}`,
  missingImage: "Image no longer available",
  cost: (usd, price = formatUsd(usd)) => price,
  time: (date, locale) => date.toLocaleTimeString(locale ?? [], { hour: "2-digit", minute: "2-digit" }),
};

/** The parts of {@link GenerationHistory}, each marked `data-mf-slot`. */
export type GenerationHistorySlot =
  | "history"
  | "history-header"
  | "history-title"
  | "history-clear"
  | "history-empty"
  | "history-list"
  | "history-item"
  | "history-thumbnails"
  | "history-thumbnail"
  | "history-meta"
  | "history-model"
  | "history-prompt"
  | "history-actions"
  | "history-action";

/** Props of {@link GenerationHistory}. */
export interface GenerationHistoryProps {
  history: HistoryStore;
  /** "Show" per entry, when given (e.g. to show it in `GenerationResults`). */
  onSelect?(entry: GenerationHistoryEntry): void;
  /** "Reuse settings" per entry, when given. */
  onReuseSettings?(entry: GenerationHistoryEntry): void;
  /** The entry currently shown (marked `data-state="selected"`). */
  selectedId?: string;
  /** Thumbnails per entry. Default 4. */
  maxThumbnails?: number;
  messages?: Partial<GenerationHistoryMessages>;
  className?: string;
  classNames?: SlotClassNames<GenerationHistorySlot>;
}

/**
 * The session's generations, newest first: thumbnails (a placeholder when a link expired or an inline image was
 * not stored), model, prompt, cost and time, with Show, Reuse settings and Remove per entry, and Clear.
 *
 * @example
 * ```tsx
 * const history = useMemo(() => createGenerationHistory(), []);
 * <GenerationHistory history={history} onReuseSettings={(entry) => form.reset(entry.values)} />
 * ```
 */
export function GenerationHistory(props: GenerationHistoryProps) {
  const { history, onSelect, onReuseSettings, selectedId, classNames, maxThumbnails = 4 } = props;
  const messages = usePartMessages("history", defaultGenerationHistoryMessages, props.messages);
  const locale = useMessagesLocale();
  const entries = useGenerationHistory(history);
  const [broken, setBroken] = useState<ReadonlySet<string>>(new Set());
  const slot = (name: GenerationHistorySlot, extra?: string) => slotClass(classNames, name, extra);
  const headingId = useId();

  return (
    <section
      data-mf-root=""
      data-mf-slot="history"
      aria-labelledby={headingId}
      className={slot("history", props.className)}
    >
      <div data-mf-slot="history-header" className={slot("history-header")}>
        <h2 id={headingId} data-mf-slot="history-title" className={slot("history-title")}>
          {messages.label}
        </h2>
        {entries.length ? (
          <button
            type="button"
            data-mf-slot="history-clear"
            className={slot("history-clear")}
            onClick={() => history.clear()}
          >
            {messages.clear}
          </button>
        ) : null}
      </div>
      {entries.length === 0 ? (
        <p data-mf-slot="history-empty" className={slot("history-empty")}>
          {messages.empty}
        </p>
      ) : (
        <ol data-mf-slot="history-list" className={slot("history-list")}>
          {entries.map((entry, index) => {
            const suffix = (
              <>
                {" "}
                <span data-mf-slot="sr-only">{messages.entrySuffix(entry, index)}</span>
              </>
            );
            const shown = entry.images.slice(0, maxThumbnails);
            return (
              <li
                key={entry.id}
                data-mf-slot="history-item"
                data-state={entry.id === selectedId ? "selected" : undefined}
                className={slot("history-item")}
              >
                <div data-mf-slot="history-thumbnails" className={slot("history-thumbnails")}>
                  {shown.map((image, i) => {
                    const src = imageSource(image);
                    const missing = !src || broken.has(src);
                    return missing ? (
                      <span
                        // biome-ignore lint/suspicious/noArrayIndexKey: thumbnails have no identity besides their position.
                        key={i}
                        role="img"
                        aria-label={messages.missingImage}
                        data-mf-slot="history-thumbnail"
                        data-state="missing"
                        className={slot("history-thumbnail")}
                      />
                    ) : (
                      <img
                        // biome-ignore lint/suspicious/noArrayIndexKey: thumbnails have no identity besides their position.
                        key={i}
                        src={src}
                        alt={messages.thumbnailAlt(entry, i)}
                        loading="lazy"
                        data-mf-slot="history-thumbnail"
                        className={slot("history-thumbnail")}
                        onError={() => setBroken((set) => new Set(set).add(src))}
                      />
                    );
                  })}
                </div>
                <div data-mf-slot="history-meta" className={slot("history-meta")}>
                  <span data-mf-slot="history-model" className={slot("history-model")}>
                    {entry.modelName ?? entry.modelId}
                    {" · "}
                    {messages.time(new Date(entry.createdAt), locale)}
                    {entry.cost !== undefined ? ` · ${messages.cost(entry.cost, formatUsd(entry.cost, locale))}` : ""}
                  </span>
                  <span data-mf-slot="history-prompt" className={slot("history-prompt")}>
                    {promptOf(entry)}
                  </span>
                </div>
                <div data-mf-slot="history-actions" className={slot("history-actions")}>
                  {onSelect ? (
                    <button
                      type="button"
                      data-mf-slot="history-action"
                      data-action="show"
                      className={slot("history-action")}
                      onClick={() => onSelect(entry)}
                    >
                      {messages.show}
                      {suffix}
                    </button>
                  ) : null}
                  {onReuseSettings ? (
                    <button
                      type="button"
                      data-mf-slot="history-action"
                      data-action="reuse-settings"
                      className={slot("history-action")}
                      onClick={() => onReuseSettings(entry)}
                    >
                      {messages.reuseSettings}
                      {suffix}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    data-mf-slot="history-action"
                    data-action="remove"
                    className={slot("history-action")}
                    onClick={() => history.remove(entry.id)}
                  >
                    {messages.remove}
                    {suffix}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
