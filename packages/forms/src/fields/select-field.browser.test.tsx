import type { ImageModel } from "@model-forms/client";
import { describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ModelParameterForm } from "../index";
import "../styles/styles.css";

const enumParameter = (name: string, values: string[]) =>
  ({ name, kind: "enum", source: "typed", sourceKey: name, values, default: values[0] }) as const;

const model: ImageModel = {
  id: "acme/pixel-v3",
  name: "Pixel v3",
  parameterWarnings: [],
  parameters: [enumParameter("quality", ["low", "medium", "high"]), enumParameter("style", ["photo", "anime", "ink"])],
};

describe("SelectField's closed trigger in real chromium", () => {
  it("mounts no Radix root until reached for; a click opens it, hover keeps the keyboard focus", async () => {
    const onSubmit = vi.fn();
    const screen = await render(
      <ModelParameterForm model={model} onSubmit={onSubmit} defaultValues={{ prompt: "a fox" }} />,
    );
    // Closed and untouched: the plain trigger, no hidden native <select> from Radix.
    const quality = page.getByRole("combobox", { name: "Quality" });
    await expect.element(quality).toHaveAttribute("aria-expanded", "false");
    await expect.element(quality).toHaveAttribute("data-state", "closed");
    expect(screen.container.querySelectorAll("select").length).toBe(0);

    // Keyboard focus, then the pointer passes over: the trigger is swapped for Radix's and keeps the focus.
    const plain = quality.element() as HTMLElement;
    plain.focus();
    await userEvent.hover(quality);
    await vi.waitFor(() => expect(plain.isConnected).toBe(false));
    expect(document.activeElement?.getAttribute("role")).toBe("combobox");
    expect(document.activeElement).toHaveAccessibleName(/^Quality/);
    expect(document.activeElement).not.toBe(plain);

    // A click on the other, still plain, trigger opens its list; a click on an option chooses it.
    await page.getByRole("combobox", { name: "Style" }).click();
    await expect.element(page.getByRole("listbox")).toBeVisible();
    await page.getByRole("option", { name: "ink" }).click();
    await expect.element(page.getByRole("combobox", { name: "Style" })).toHaveTextContent("ink");
    expect(document.querySelector('[role="listbox"]')).toBeNull();

    await page.getByRole("button", { name: "Generate" }).click();
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ prompt: "a fox", style: "ink" });
  });
});
