/**
 * A 14 px stroke icon of one path, hidden from assistive technology (chevrons, checks, swap, reuse).
 *
 * @example
 * ```tsx
 * <StrokeIcon d="M4 6l4 4 4-4" />
 * ```
 */
export function StrokeIcon({ d, strokeWidth = 1.75 }: { d: string; strokeWidth?: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor">
      <path d={d} strokeWidth={strokeWidth} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
