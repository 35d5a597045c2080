import { type PointerEvent as ReactPointerEvent, useEffect, useRef, useState } from "react";
import { defaultCoreMessages } from "../core/core-messages";
import { formatBytes } from "../core/kinds/image-references-kind";
import { referenceUrl } from "../core/references/reference-url";
import type { ImageReference } from "../core/types";
import { usePartMessages } from "../form/model-form-messages";
import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import type { ImageReferencesMessages } from "./image-references-messages";
import type { ReferenceNote } from "./prepare-reference-image";

/** Parts of the reference-image manager that carry `data-mf-slot`, for `classNames`. */
export type ImageReferencesSlot =
  | "references"
  | "reference-dropzone"
  | "reference-hint"
  | "reference-add"
  | "reference-list"
  | "reference"
  | "reference-thumbnail"
  | "reference-badge"
  | "reference-actions"
  | "reference-move"
  | "reference-remove"
  | "reference-notes"
  | "reference-status";

/** Props of {@link ReferenceList}. */
export interface ReferenceListProps {
  references: ImageReference[];
  labelId: string;
  disabled?: boolean;
  noteOf(url: string): ReferenceNote | undefined;
  onRemove(index: number): void;
  onMove(from: number, to: number, via: "earlier" | "later" | "pointer"): void;
  messages: ImageReferencesMessages;
  classNames?: SlotClassNames<ImageReferencesSlot>;
}

function Arrow({ d }: { d: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" fill="none" stroke="currentColor">
      <path d={d} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The reference thumbnails, in request order: each with move-earlier / move-later / remove buttons (keyboard), and
 * draggable by pointer onto another position. Notes below say which images were changed to fit.
 *
 * @example
 * ```tsx
 * <ReferenceList references={refs} labelId={labelId} noteOf={() => undefined} onRemove={remove} onMove={move} messages={messages} />
 * ```
 */
export function ReferenceList({
  references,
  labelId,
  disabled,
  noteOf,
  onRemove,
  onMove,
  messages,
  classNames,
}: ReferenceListProps) {
  // Sizes in the notes: in the words and locale of the core texts.
  const core = usePartMessages("core", defaultCoreMessages, undefined);
  const [drag, setDrag] = useState<{ from: number; over: number } | null>(null);
  const dragRef = useRef(drag);
  dragRef.current = drag;
  const listRef = useRef<HTMLUListElement>(null);
  const cleanup = useRef<() => void>(undefined);
  useEffect(() => () => cleanup.current?.(), []);

  // Pointer reorder: press on a thumbnail, move over another position, release. Document listeners, so leaving the
  // list does not strand the drag; the position comes from the element under the pointer.
  const startDrag = (event: ReactPointerEvent<HTMLLIElement>, index: number) => {
    if (disabled || event.button !== 0 || (event.target as Element).closest("button")) return;
    event.preventDefault();
    setDrag({ from: index, over: index });
    const over = (target: EventTarget | null) => {
      const item = target instanceof Element ? target.closest<HTMLElement>('[data-mf-slot="reference"]') : null;
      return item && listRef.current?.contains(item) ? Number(item.dataset.index) : undefined;
    };
    const onMoveEvent = (move: PointerEvent) => {
      const under = document.elementFromPoint?.(move.clientX, move.clientY) ?? null;
      const index = over(move.clientX || move.clientY ? under : move.target) ?? over(move.target);
      const current = dragRef.current;
      if (current && index !== undefined && index !== current.over) setDrag({ from: current.from, over: index });
    };
    const onUp = () => {
      const current = dragRef.current;
      cleanup.current?.();
      setDrag(null);
      if (current && current.over !== current.from) onMove(current.from, current.over, "pointer");
    };
    document.addEventListener("pointermove", onMoveEvent);
    document.addEventListener("pointerup", onUp);
    document.addEventListener("pointercancel", onUp);
    cleanup.current = () => {
      document.removeEventListener("pointermove", onMoveEvent);
      document.removeEventListener("pointerup", onUp);
      document.removeEventListener("pointercancel", onUp);
      cleanup.current = undefined;
    };
  };

  const noted = references
    .map((reference, index) => ({ index, note: noteOf(referenceUrl(reference)) }))
    .filter((entry): entry is { index: number; note: ReferenceNote } => entry.note !== undefined);
  const last = references.length - 1;
  return (
    <>
      <ul
        ref={listRef}
        data-mf-slot="reference-list"
        data-dragging={drag ? "" : undefined}
        className={slotClass(classNames, "reference-list")}
        aria-labelledby={labelId}
      >
        {references.map((reference, index) => {
          const url = referenceUrl(reference);
          const position = index + 1;
          return (
            <li
              // Duplicates are allowed: the position is part of the key.
              // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity beyond value + position.
              key={`${index}:${url.slice(0, 64)}`}
              data-mf-slot="reference"
              data-index={index}
              data-state={drag?.from === index ? "dragging" : drag?.over === index ? "drop-target" : undefined}
              data-prepared={noteOf(url) ? "" : undefined}
              className={slotClass(classNames, "reference")}
              onPointerDown={(event) => startDrag(event, index)}
            >
              <img
                data-mf-slot="reference-thumbnail"
                className={slotClass(classNames, "reference-thumbnail")}
                src={url}
                alt={messages.reference(position)}
                draggable={false}
              />
              {noteOf(url) ? (
                <span
                  aria-hidden="true"
                  data-mf-slot="reference-badge"
                  className={slotClass(classNames, "reference-badge")}
                >
                  {messages.badge}
                </span>
              ) : null}
              <span data-mf-slot="reference-actions" className={slotClass(classNames, "reference-actions")}>
                <button
                  type="button"
                  data-mf-slot="reference-move"
                  data-direction="earlier"
                  className={slotClass(classNames, "reference-move")}
                  aria-label={messages.moveEarlier(position)}
                  title={messages.moveEarlier(position)}
                  disabled={disabled || index === 0}
                  onClick={() => onMove(index, index - 1, "earlier")}
                >
                  <Arrow d="M10 3.5 5.5 8l4.5 4.5" />
                </button>
                <button
                  type="button"
                  data-mf-slot="reference-move"
                  data-direction="later"
                  className={slotClass(classNames, "reference-move")}
                  aria-label={messages.moveLater(position)}
                  title={messages.moveLater(position)}
                  disabled={disabled || index === last}
                  onClick={() => onMove(index, index + 1, "later")}
                >
                  <Arrow d="M6 3.5 10.5 8 6 12.5" />
                </button>
              </span>
              <button
                type="button"
                data-mf-slot="reference-remove"
                className={slotClass(classNames, "reference-remove")}
                aria-label={messages.remove(position)}
                title={messages.remove(position)}
                disabled={disabled}
                onClick={() => onRemove(index)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {noted.length ? (
        <ul data-mf-slot="reference-notes" className={slotClass(classNames, "reference-notes")}>
          {noted.map(({ index, note }) => (
            <li key={index}>{messages.prepared(index + 1, note, formatBytes(note.to.bytes, core))}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
