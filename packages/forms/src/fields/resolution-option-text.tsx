import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import type { ResolutionOption } from "./resolution-options";
import type { ResolutionFieldSlot } from "./resolution-tiles";

/**
 * A resolution option's label, pixel size and note, with spaces between them (an accessible name from content joins
 * inline text without them). Shared by the tiles and the select.
 *
 * @example
 * ```tsx
 * <ResolutionOptionText option={option} note="$0.04" />
 * ```
 */
export function ResolutionOptionText({
  option,
  note,
  classNames,
}: {
  option: ResolutionOption;
  note: string | undefined;
  classNames?: SlotClassNames<ResolutionFieldSlot>;
}) {
  return (
    <>
      <span data-mf-slot="resolution-label" className={slotClass(classNames, "resolution-label")}>
        {option.label}
      </span>
      {option.detail ? " " : null}
      {option.detail ? (
        <span data-mf-slot="resolution-detail" className={slotClass(classNames, "resolution-detail")}>
          {option.detail}
        </span>
      ) : null}
      {note ? " " : null}
      {note ? (
        <span data-mf-slot="resolution-note" className={slotClass(classNames, "resolution-note")}>
          {note}
        </span>
      ) : null}
    </>
  );
}
