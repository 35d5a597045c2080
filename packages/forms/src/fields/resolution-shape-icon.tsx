import type { ParsedResolution, ResolutionShape } from "../core/resolution/index";

/** Props of {@link ResolutionShapeIcon}. */
export interface ResolutionShapeIconProps {
  /** The option's shape in box units, or `undefined` for `auto` / unknown values (drawn dashed). */
  shape: ResolutionShape | undefined;
  kind: ParsedResolution["kind"];
  /** Edge of the square box in CSS pixels. */
  size?: number;
  className?: string;
}

/**
 * An option drawn to scale: a rectangle in a square box, dashed for `auto` and unreadable values. Decorative
 * (`aria-hidden`): the option's text names it.
 *
 * @example
 * ```tsx
 * <ResolutionShapeIcon shape={{ width: 1, height: 0.5625 }} kind="ratio" />
 * ```
 */
export function ResolutionShapeIcon({ shape, kind, size = 28, className }: ResolutionShapeIconProps) {
  // A 24-unit box with a 2-unit margin: shapes fill at most 20 units, centred.
  const width = shape ? shape.width * 20 : 16;
  const height = shape ? shape.height * 20 : 16;
  return (
    <svg
      aria-hidden="true"
      data-mf-slot="resolution-shape"
      data-kind={kind}
      className={className}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
    >
      <rect
        x={(24 - width) / 2}
        y={(24 - height) / 2}
        width={width}
        height={height}
        rx="1.5"
        strokeWidth="1.5"
        strokeDasharray={shape ? undefined : "2.5 2"}
        fill={shape ? "currentColor" : "none"}
        fillOpacity={shape ? 0.12 : undefined}
      />
      {kind === "auto" ? (
        <path d="M9.5 14.5l2.5-6 2.5 6M10.4 12.5h3.2" strokeWidth="1.4" strokeLinecap="round" />
      ) : null}
    </svg>
  );
}
