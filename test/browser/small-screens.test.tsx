import { ModelParameterForm } from "@model-forms/forms";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { render } from "vitest-browser-react";
import { injectStyle, kitchenSink, libraryCss } from "./support/styles";

/**
 * Narrow containers: the slider + number box row and the reference-add row wrap instead of squeezing their
 * controls (at 375 px they used to end as a 26 px URL box and a 26 px slider track). Every story is also checked
 * at 320 and 375 px by the storybook project (test/browser/support/small-screens.setup.ts).
 */

let remove: () => void;
beforeEach(async () => {
  await page.viewport(320, 800);
  remove = injectStyle(libraryCss);
});
afterEach(() => remove());

const box = (selector: string) => (document.querySelector(selector) as Element).getBoundingClientRect();

describe("narrow rows wrap", { timeout: 60_000 }, () => {
  for (const width of [200, 288]) {
    it(`keeps a usable slider, number box and URL box in a ${width} px wide form`, async () => {
      await render(
        <div style={{ width }}>
          <ModelParameterForm model={kitchenSink} />
        </div>,
      );
      await expect.element(page.getByRole("button", { name: "Generate" })).toBeInTheDocument();
      const track = box('[data-name="n"] [data-mf-slot="slider-track"]');
      const number = box('[data-name="n"] [data-mf-slot="number-input"]');
      expect(track.width).toBeGreaterThanOrEqual(120);
      expect(number.width).toBeGreaterThanOrEqual(80);
      expect(track.right).toBeLessThanOrEqual(width + 1);
      expect(number.right).toBeLessThanOrEqual(width + 1);
      const url = box('[data-mf-slot="reference-add"] [data-mf-slot="input"]');
      expect(url.width).toBeGreaterThanOrEqual(Math.min(192, width));
      for (const part of document.querySelectorAll('[data-mf-slot="reference-add"] > *')) {
        expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(width + 1);
      }
      if (width === 200) {
        // Too narrow for one row: the number box goes below the slider, the buttons below the URL box.
        expect(number.top).toBeGreaterThanOrEqual(track.bottom);
        expect(box('[data-mf-slot="reference-add"] [data-mf-slot="button"]').top).toBeGreaterThanOrEqual(url.bottom);
      }
    });
  }
});
