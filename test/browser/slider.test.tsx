import type { ParameterDescriptor } from "@model-forms/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { cleanup, render } from "vitest-browser-react";
import { type ImageRequest, ModelParameterForm } from "../../packages/forms/src/index";
import { model } from "../forms/models";
import { boxOf, type Shot, shoot } from "./support/pixels";
import "../../packages/forms/src/styles/styles.css";

/**
 * The slider in real Chromium: it rests as plain markup until first used and Radix's slider takes its place on focus,
 * a press or a key. A user must not tell: a drag that starts on the resting thumb drags, a press on the track jumps
 * there, keys step by Radix's rules, the focus stays, and the resting slider is drawn pixel for pixel as Radix's.
 */

const images: ParameterDescriptor = {
  name: "n",
  kind: "range",
  source: "typed",
  sourceKey: "n",
  min: 1,
  max: 8,
  step: 1,
  integer: true,
  default: 1,
};
const guidance: ParameterDescriptor = {
  name: "guidance_scale",
  kind: "range",
  source: "typed",
  sourceKey: "guidance_scale",
  min: 1,
  max: 10,
  integer: false,
  default: 3.5,
};
const sliders = model("acme/sliders", [images, guidance]);

afterEach(() => cleanup());

const thumbOf = (name: string) => page.getByRole("slider", { name }).element() as HTMLElement;
const rootOf = (name: string) => thumbOf(name).closest('[data-mf-slot="slider"]') as HTMLElement;
const isRadix = (thumb: Element) => thumb.hasAttribute("data-radix-collection-item");
const centre = (element: Element): [number, number] => {
  const { left, top, width, height } = element.getBoundingClientRect();
  return [left + width / 2, top + height / 2];
};
/** The x of `value` on a slider's track (the track spans the root). */
const xOf = (root: Element, value: number, min: number, max: number) => {
  const { left, width } = root.getBoundingClientRect();
  return left + ((value - min) / (max - min)) * width;
};

async function renderSliders(defaultValues?: Record<string, unknown>) {
  const onSubmit = vi.fn<(request: ImageRequest) => void>();
  await render(
    <div style={{ width: 480 }}>
      <ModelParameterForm model={sliders} onSubmit={onSubmit} defaultValues={{ prompt: "a fox", ...defaultValues }} />
    </div>,
  );
  return onSubmit;
}

async function submitted(onSubmit: ReturnType<typeof vi.fn>) {
  await userEvent.click(page.getByRole("button", { name: "Generate" }));
  await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  return onSubmit.mock.calls[0]?.[0] as ImageRequest;
}

describe("a resting slider in Chromium", () => {
  it("a drag that starts on the resting thumb drags it (Radix takes the press), and the focus lands on the thumb", async () => {
    const onSubmit = await renderSliders();
    const thumb = thumbOf("Images");
    expect(isRadix(thumb)).toBe(false);
    const root = rootOf("Images");
    const [x, y] = centre(thumb);
    await commands.mouseDrag([
      [x, y],
      [xOf(root, 4, 1, 8), y],
      [xOf(root, 6, 1, 8), y],
    ]);
    expect(isRadix(thumbOf("Images"))).toBe(true);
    expect(thumbOf("Images")).toHaveAttribute("aria-valuenow", "6");
    expect(document.activeElement).toBe(thumbOf("Images"));
    expect(page.getByRole("textbox", { name: "Images" }).element()).toHaveValue("6");
    // The second drag is Radix's own, from the new value back down.
    await commands.mouseDrag([centre(thumbOf("Images")), [xOf(rootOf("Images"), 2, 1, 8), y]]);
    expect(thumbOf("Images")).toHaveAttribute("aria-valuenow", "2");
    expect(await submitted(onSubmit)).toMatchObject({ n: 2 });
  });

  it("a touch drag that starts on the resting thumb drags it too", async () => {
    const onSubmit = await renderSliders();
    const [x, y] = centre(thumbOf("Images"));
    await commands.touchDrag([
      [x, y],
      [xOf(rootOf("Images"), 5, 1, 8), y],
    ]);
    expect(isRadix(thumbOf("Images"))).toBe(true);
    expect(thumbOf("Images")).toHaveAttribute("aria-valuenow", "5");
    expect(await submitted(onSubmit)).toMatchObject({ n: 5 });
  });

  it("a press on the resting track jumps to that value", async () => {
    const onSubmit = await renderSliders();
    const root = rootOf("Guidance scale");
    const [, y] = centre(root);
    await commands.mouseDrag([[xOf(root, 7, 1, 10), y]]);
    expect(thumbOf("Guidance scale")).toHaveAttribute("aria-valuenow", "7");
    expect(document.activeElement).toBe(thumbOf("Guidance scale"));
    expect(await submitted(onSubmit)).toMatchObject({ guidance_scale: 7 });
  });

  it("keys step by Radix's rules from the first one, and the focus stays on the thumb", async () => {
    const onSubmit = await renderSliders();
    (page.getByRole("textbox", { name: "Prompt" }).element() as HTMLElement).focus();
    // Prompt -> the Images thumb (resting until this focus).
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Images");
    const steps: Array<[string, string]> = [
      ["{ArrowRight}", "2"],
      ["{ArrowRight}", "3"],
      ["{Home}", "1"],
      ["{PageUp}", "8"],
      ["{ArrowLeft}", "7"],
      ["{Shift>}{ArrowLeft}{/Shift}", "1"],
      ["{End}", "8"],
    ];
    for (const [keys, value] of steps) {
      await userEvent.keyboard(keys);
      expect(thumbOf("Images"), keys).toHaveAttribute("aria-valuenow", value);
      expect(document.activeElement, keys).toBe(thumbOf("Images"));
    }
    // Number box, then the continuous slider: 3.5 steps by 0.1 (its default is off the 0.5 grid of nothing).
    await userEvent.keyboard("{Tab}{Tab}{ArrowRight}{ArrowRight}");
    expect(thumbOf("Guidance scale")).toHaveAttribute("aria-valuenow", "3.7");
    expect(await submitted(onSubmit)).toMatchObject({ n: 8, guidance_scale: 3.7 });
  });

  it.each([1, 4, 8])("is drawn where Radix's slider is, to a twentieth of a pixel (n = %i)", async (n) => {
    await renderSliders({ n });
    const parts = ["slider", "slider-track", "slider-range", "slider-thumb"];
    const rects = () =>
      parts.map((slot) => {
        const { x, y, width, height } = (
          (rootOf("Images").parentElement as HTMLElement).querySelector(`[data-mf-slot="${slot}"]`) as HTMLElement
        ).getBoundingClientRect();
        return [x, y, width, height];
      });
    const box = boxOf(rootOf("Images"), 14);
    const resting = { rects: rects(), shot: await shoot(box) };
    expect(isRadix(thumbOf("Images"))).toBe(false);
    thumbOf("Images").focus();
    await vi.waitFor(() => expect(isRadix(thumbOf("Images"))).toBe(true));
    thumbOf("Images").blur();
    const live = { rects: rects(), shot: await shoot(box) };
    for (const [i, rect] of live.rects.entries()) {
      for (const [j, edge] of rect.entries())
        expect(edge, parts[i]).toBeCloseTo(resting.rects[i]?.[j] ?? Number.NaN, 1);
    }
    // At the ends the thumb sits on whole pixels: the very same pixels. In between, its edge may be antialiased a
    // few thousandths of a pixel apart (Radix adds a measured offset, the resting thumb a transform).
    if (n !== 4) expect(differingPixels(resting.shot, live.shot)).toBe(0);
  });
});

/** Pixels whose colour differs by more than antialiasing noise (16 of 255 in any channel). */
function differingPixels(a: Shot, b: Shot): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > 16) {
        count++;
        break;
      }
    }
  }
  return count;
}
