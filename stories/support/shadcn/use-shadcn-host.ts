import { useLayoutEffect } from "react";
import appCss from "./app.css?inline";

/**
 * A shadcn app's stylesheet (Tailwind v4 preflight, tokens, utilities) in the document while the calling component
 * is mounted, and `.dark` on <html> for the dark theme, as next-themes sets it. Both go away on unmount, so no other
 * story sees Tailwind's reset (test/browser/shadcn-story-isolation.test.tsx).
 *
 * @example
 * ```tsx
 * function Story({ dark }: { dark: boolean }) {
 *   useShadcnHost(dark);
 *   return <Button>Save</Button>;
 * }
 * ```
 */
export function useShadcnHost(dark: boolean): void {
  useLayoutEffect(() => {
    const style = document.createElement("style");
    style.dataset.story = "shadcn-app";
    style.textContent = appCss;
    document.head.append(style);
    const root = document.documentElement;
    root.classList.toggle("dark", dark);
    return () => {
      style.remove();
      root.classList.remove("dark");
    };
  }, [dark]);
}
