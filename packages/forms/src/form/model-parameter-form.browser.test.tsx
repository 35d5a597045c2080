import type { ImageModel } from "@model-forms/client";
import { describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ModelParameterForm } from "../index";
import "../styles/styles.css";

const model: ImageModel = {
  id: "acme/pixel-v3",
  name: "Pixel v3",
  parameterWarnings: [],
  parameters: [
    {
      name: "quality",
      kind: "enum",
      source: "typed",
      sourceKey: "quality",
      values: ["low", "medium", "high"],
      default: "low",
    },
    { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, default: 1, integer: true, step: 1 },
  ],
};

describe("ModelParameterForm in real chromium", () => {
  it("operates the Radix Select and Slider by keyboard and submits numbers", async () => {
    const onSubmit = vi.fn();
    await render(<ModelParameterForm model={model} onSubmit={onSubmit} defaultValues={{ prompt: "a fox" }} />);

    const trigger = page.getByRole("combobox", { name: "Quality" });
    (trigger.element() as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    // Radix focuses the selected option asynchronously: wait before each key.
    await expect.element(page.getByRole("option", { name: "low" })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    await expect.element(page.getByRole("option", { name: "medium" })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    await expect.element(page.getByRole("option", { name: "high" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect.element(trigger).toHaveTextContent("high");

    const thumb = page.getByRole("slider", { name: "Images" });
    const box = (thumb.element() as HTMLElement).getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(16); // the stylesheet makes the thumb visible
    (thumb.element() as HTMLElement).focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    await expect.element(thumb).toHaveAttribute("aria-valuenow", "3");
    await expect.element(page.getByRole("textbox", { name: "Images" })).toHaveValue("3");

    await page.getByRole("button", { name: "Generate" }).click();
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ model: "acme/pixel-v3", prompt: "a fox", quality: "high", n: 3 });
  });
});
