import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import "../styles/styles.css";
import { ModelPicker } from "./model-picker";

const many = Array.from({ length: 5000 }, (_, i) => ({
  id: `acme/model-${String(i).padStart(4, "0")}`,
  name: i === 4321 ? "Zephyr XL" : `Model ${String(i).padStart(4, "0")}`,
  owned_by: "acme",
}));

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Whether `inner` lies inside `outer`'s visible box (1 px slack for rounding). */
function within(inner: Element, outer: Element) {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
}

describe("ModelPicker virtualised in real chromium", () => {
  it("renders a window of 5,000 rows that follows scrolling, End and typeahead", async () => {
    const onChange = vi.fn();
    const screen = await render(
      <div style={{ width: 480 }}>
        <ModelPicker models={many} onChange={onChange} />
      </div>,
    );
    const list = screen.container.querySelector<HTMLElement>('[role="listbox"]');
    if (!list) throw new Error("no listbox");
    const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
    await frame();
    expect(options().length).toBeGreaterThan(5);
    expect(options().length).toBeLessThan(40);
    // The scroll height stands for every row; the viewport is the 24rem the stylesheet (and the inline style) give.
    expect(list.scrollHeight).toBeGreaterThan(5000 * 30);
    expect(list.clientHeight).toBeLessThanOrEqual(24 * 16 + 2);

    list.scrollTop = list.scrollHeight / 2;
    list.dispatchEvent(new Event("scroll"));
    await frame();
    await frame();
    const middle = options().filter((option) => within(option, list));
    expect(middle.length).toBeGreaterThan(3);
    const positions = middle.map((option) => Number(option.getAttribute("aria-posinset")));
    expect(Math.min(...positions)).toBeGreaterThan(2000);
    expect(Math.max(...positions)).toBeLessThan(3000);

    list.focus();
    await userEvent.keyboard("{End}");
    await frame();
    await frame();
    const last = document.getElementById(list.getAttribute("aria-activedescendant") ?? "");
    expect(last).toHaveAttribute("aria-posinset", "5000");
    expect(within(last as Element, list)).toBe(true);

    await userEvent.keyboard("z");
    await frame();
    await frame();
    const zephyr = document.getElementById(list.getAttribute("aria-activedescendant") ?? "");
    expect(zephyr).toHaveTextContent("Zephyr XL");
    expect(within(zephyr as Element, list)).toBe(true);
    await userEvent.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledWith("acme/model-4321", many[4321]);
  });

  it("keeps a bounded, scrolling viewport without the stylesheet's rules, sized by --mf-model-picker-height", async () => {
    const screen = await render(
      <div style={{ width: 480, ["--mf-model-picker-height" as string]: "200px" }}>
        <ModelPicker models={many} />
      </div>,
    );
    const list = screen.container.querySelector<HTMLElement>('[role="listbox"]');
    await frame();
    expect(list?.getBoundingClientRect().height).toBeLessThanOrEqual(202);
    expect(list?.querySelectorAll('[role="option"]').length).toBeLessThan(30);
  });
});
