import { ModelParameterForm } from "@model-forms/forms";
import { afterEach, expect, it } from "vitest";
import { page } from "vitest/browser";
import { render } from "vitest-browser-react";
import { useShadcnHost } from "../../stories/support/shadcn/use-shadcn-host";
import { computedStyles, differences, injectStyle, kitchenSink, libraryCss } from "./support/styles";

/**
 * The "In a shadcn app" story brings a real Tailwind v4 build (preflight included) only while it is mounted: once
 * it unmounts, the next story's elements compute exactly as before it ever ran.
 */

function ShadcnHost({ dark }: { dark: boolean }) {
  useShadcnHost(dark);
  return <p>host</p>;
}

let remove: () => void = () => {};
afterEach(() => remove());

it("leaves no Tailwind reset, token or .dark behind once the shadcn story unmounts", async () => {
  remove = injectStyle(libraryCss);
  const other = await render(<ModelParameterForm model={kitchenSink} />);
  await expect.element(page.getByRole("button", { name: "Generate" })).toBeInTheDocument();
  // Open Advanced: Chromium skips styling the content of a closed <details>, which would lag behind.
  await page.getByText("Advanced").click();
  await expect.poll(() => document.querySelector("details")?.open).toBe(true);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 400)); // past the 0.15 s transitions
  await settle();
  const elements = [document.documentElement, document.body, ...document.querySelectorAll("[data-mf-slot]")];
  const before = elements.map((element) => computedStyles(element));

  for (const dark of [false, true]) {
    const story = await render(<ShadcnHost dark={dark} />);
    // While mounted, Tailwind's preflight is there (it zeroes the body's margin) and the tokens are defined.
    expect(getComputedStyle(document.body).marginTop).toBe("0px");
    expect(getComputedStyle(document.documentElement).getPropertyValue("--primary")).not.toBe("");
    expect(document.documentElement.classList.contains("dark")).toBe(dark);
    await story.unmount();
  }

  expect(document.querySelectorAll('style[data-story="shadcn-app"]')).toHaveLength(0);
  expect(document.documentElement.classList.contains("dark")).toBe(false);
  await settle();
  const after = elements.map((element) => computedStyles(element));
  const changed = before.flatMap((styles, i) =>
    differences(styles, after[i] ?? {}).map((change) => `${elements[i]?.getAttribute("data-mf-slot")} ${change}`),
  );
  expect(changed).toEqual([]);
  await other.unmount();
}, 90_000); // thousands of computed styles: slow on a loaded machine
