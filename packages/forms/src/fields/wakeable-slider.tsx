import {
  type CSSProperties,
  type KeyboardEvent as ReactKeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  useRef,
} from "react";
import { lazyModule } from "./lazy-widget";
import { type SliderScale, sliderKeyValue, snapSliderValue } from "./slider-keys";
import { useWakeOnUse } from "./use-wake-on-use";

// Radix Slider (with its collection, size observer and bubble input) is a chunk of its own, fetched when the first
// slider mounts.
const radixSlider = lazyModule(() => import("@radix-ui/react-slider"));

/** What the thumb says to assistive technology, from the field. */
export interface SliderThumbAria {
  "aria-label"?: string;
  "aria-valuetext"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
}

/** Props of {@link WakeableSlider}. */
export interface WakeableSliderProps extends SliderScale {
  /** The value the thumb shows, within the bounds. */
  value: number;
  disabled?: boolean;
  onValueChange(value: number): void;
  /** The end of a change (a key, a released drag), as Radix's `onValueCommit`. */
  onValueCommit(): void;
  thumb: SliderThumbAria;
  classNames?: { root?: string; track?: string; range?: string; thumb?: string };
}

/**
 * A horizontal Radix Slider, on demand and on first use: until the thumb is focused or the slider pressed, a resting
 * slider stands in, with Radix's parts, attributes and thumb position (no size measurement: the thumb stays inside
 * the track by a transform of its own width). Focus, a press or a key puts Radix's slider in its place, keeping the
 * focus, and hands it the press or key; before its code is in, the resting slider applies keys by Radix's rules and
 * a press as a jump to that value. A form of sliders so costs a few spans at mount, not Radix's providers, a
 * `ResizeObserver` and a forced layout per thumb.
 *
 * @example
 * ```tsx
 * <WakeableSlider min={1} max={4} step={1} value={n} onValueChange={setN} onValueCommit={touch} thumb={{ "aria-label": "Images" }} />
 * ```
 */
export function WakeableSlider(props: WakeableSliderProps) {
  const rootRef = useRef<HTMLSpanElement>(null);
  const thumbRef = useRef<HTMLSpanElement>(null);
  const { live, wake } = useWakeOnUse(radixSlider, thumbRef);

  const { min, max, step, value, disabled, onValueChange, onValueCommit, thumb, classNames: cn } = props;
  if (live) {
    return (
      <live.Root
        ref={rootRef}
        data-mf-slot="slider"
        className={cn?.root}
        min={min}
        max={max}
        step={step}
        value={[value]}
        disabled={disabled}
        onValueChange={(next) => onValueChange(next[0] as number)}
        onValueCommit={onValueCommit}
      >
        <live.Track data-mf-slot="slider-track" className={cn?.track}>
          <live.Range data-mf-slot="slider-range" className={cn?.range} />
        </live.Track>
        <live.Thumb ref={thumbRef} data-mf-slot="slider-thumb" className={cn?.thumb} {...thumb} />
      </live.Root>
    );
  }

  const onFocus = () => wake(true);
  const onKeyDown = (event: ReactKeyboardEvent<HTMLSpanElement>) => {
    if (disabled) return;
    const focused = event.currentTarget === event.currentTarget.ownerDocument.activeElement;
    if (wake(focused, true)) {
      // Radix's thumb takes the key as if it had been there.
      const handed = new KeyboardEvent("keydown", { ...keyInit(event), bubbles: true, cancelable: true });
      if (!thumbRef.current?.dispatchEvent(handed)) event.preventDefault();
      return;
    }
    const next = sliderKeyValue(event, value, props);
    if (next === undefined) return;
    event.preventDefault();
    if (next !== value) {
      onValueChange(next);
      onValueCommit();
    }
  };
  const onPointerDown = (event: ReactPointerEvent<HTMLSpanElement>) => {
    if (disabled) return;
    const onThumb = thumbRef.current?.contains(event.target as Node) ?? false;
    const rect = event.currentTarget.getBoundingClientRect();
    event.preventDefault();
    if (wake(false, true)) {
      // Radix's slider takes the press (and captures the pointer for the drag) as if it had been there.
      (onThumb ? thumbRef.current : rootRef.current)?.dispatchEvent(pointerDownLike(event.nativeEvent));
      return;
    }
    if (!onThumb && rect.width > 0) {
      const next = snapSliderValue(min + ((event.clientX - rect.left) / rect.width) * (max - min), props);
      if (next !== value) {
        onValueChange(next);
        onValueCommit();
      }
    }
    thumbRef.current?.focus({ preventScroll: true });
  };

  const percent = Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));
  const state = { "data-orientation": "horizontal", "data-disabled": disabled ? "" : undefined } as const;
  return (
    <span
      ref={rootRef}
      dir="ltr"
      {...state}
      aria-disabled={disabled}
      data-mf-slot="slider"
      className={cn?.root}
      style={{ "--radix-slider-thumb-transform": "translateX(-50%)" } as CSSProperties}
      onPointerDown={onPointerDown}
    >
      <span {...state} data-mf-slot="slider-track" className={cn?.track}>
        <span
          {...state}
          data-mf-slot="slider-range"
          className={cn?.range}
          style={{ left: "0%", right: `${100 - percent}%` }}
        />
      </span>
      {/* Radix measures the thumb to keep it inside the track; moving it back by `percent` of its own width is the same. */}
      <span style={{ transform: `translateX(-${percent}%)`, position: "absolute", left: `${percent}%` }}>
        <span
          ref={thumbRef}
          role="slider"
          aria-valuemin={min}
          aria-valuenow={value}
          aria-valuemax={max}
          aria-orientation="horizontal"
          {...state}
          tabIndex={disabled ? undefined : 0}
          data-mf-slot="slider-thumb"
          className={cn?.thumb}
          {...thumb}
          onFocus={onFocus}
          onKeyDown={onKeyDown}
        />
      </span>
    </span>
  );
}

const keyInit = (event: ReactKeyboardEvent): KeyboardEventInit => ({
  key: event.key,
  code: event.code,
  shiftKey: event.shiftKey,
  ctrlKey: event.ctrlKey,
  altKey: event.altKey,
  metaKey: event.metaKey,
  repeat: event.repeat,
});

/** A copy of a pointerdown, to hand on to the element that replaced its target. */
function pointerDownLike(event: PointerEvent): Event {
  const init: PointerEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    pointerId: event.pointerId,
    pointerType: event.pointerType,
    isPrimary: event.isPrimary,
    width: event.width,
    height: event.height,
    pressure: event.pressure,
    clientX: event.clientX,
    clientY: event.clientY,
    screenX: event.screenX,
    screenY: event.screenY,
    button: event.button,
    buttons: event.buttons,
    ctrlKey: event.ctrlKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
  };
  // jsdom (tests) has no PointerEvent; React reads a pointerdown by its type.
  return typeof PointerEvent === "function"
    ? new PointerEvent("pointerdown", init)
    : new MouseEvent("pointerdown", init);
}
