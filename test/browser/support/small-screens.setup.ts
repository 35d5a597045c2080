import { afterEach, expect } from "vitest";
import { page } from "vitest/browser";

/**
 * Small screens, for every story (a setup file of the `storybook` project): once a story has rendered and played,
 * it is laid out again at 320 and 375 px wide, and the page must not scroll sideways. The Playground's columns
 * must stack. (Each story starts at its own viewport again: the Storybook test runner sets it before rendering.)
 */
const widths = [320, 375];

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** What sticks out furthest to the right, named by its slot, for the failure message. */
function widestElement(): string {
  let widest: Element | undefined;
  let right = 0;
  for (const element of document.body.querySelectorAll("*")) {
    const edge = element.getBoundingClientRect().right;
    if (edge > right) [widest, right] = [element, edge];
  }
  if (!widest) return "nothing";
  const name = widest.getAttribute("data-mf-slot") ?? widest.getAttribute("data-slot") ?? widest.tagName.toLowerCase();
  return `${name} ends at ${Math.round(right)}px`;
}

afterEach(async (context) => {
  const story = (context as unknown as { story?: { id: string } }).story;
  if (!story || context.task.result?.state === "fail") return;
  for (const width of widths) {
    await page.viewport(width, 800);
    await nextFrame();
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    expect(
      overflow,
      `${story.id} at ${width}px scrolls sideways by ${overflow}px (${widestElement()})`,
    ).toBeLessThanOrEqual(0);
    // The Playground is <ImageStudio>: picker, form and output columns.
    const [picker, form, preview] = ["studio-picker", "studio-main", "studio-output"].map((slot) =>
      document.querySelector(`[data-mf-slot="${slot}"]`)?.getBoundingClientRect(),
    );
    if (picker && form && preview) {
      expect([form.left, preview.left], `Playground at ${width}px stacks its columns`).toEqual([
        picker.left,
        picker.left,
      ]);
      expect(form.top).toBeGreaterThanOrEqual(picker.bottom);
      expect(preview.top).toBeGreaterThanOrEqual(form.bottom);
    }
  }
});
