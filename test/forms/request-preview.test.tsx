import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { curlCommand, generationUrl, maskApiKey, RequestPreview } from "../../packages/forms/src/index";

const request = { model: "acme/pixel-v3/turbo", prompt: "it's a lighthouse", n: 2 };
const key = "sk-nano-0123456789abcdefWXYZ";

describe("request preview helpers", () => {
  it("builds the generation URL like the client does", () => {
    expect(generationUrl()).toBe("https://nano-gpt.com/api/v1/images");
    expect(generationUrl("https://nano-gpt.com/")).toBe("https://nano-gpt.com/api/v1/images");
    expect(generationUrl("https://openrouter.ai/api/v1")).toBe("https://openrouter.ai/api/v1/images");
  });

  it("masks keys to a prefix and the last four characters", () => {
    expect(maskApiKey(key)).toBe("sk-…WXYZ");
    expect(maskApiKey("abcdefghijklmnop")).toBe("…mnop");
    expect(maskApiKey("short")).toBe("…");
  });

  it("escapes single quotes for the shell and reads the key from the environment", () => {
    const curl = curlCommand(request);
    expect(curl).toContain('-H "Authorization: Bearer $NANOGPT_API_KEY"');
    expect(curl).toContain("it'\\''s a lighthouse");
    expect(curl.startsWith("curl https://nano-gpt.com/api/v1/images \\")).toBe(true);
  });
});

describe("RequestPreview", () => {
  it("shows pretty JSON and a cURL command, never the full key", () => {
    const { container } = render(<RequestPreview request={request} apiKey={key} />);
    expect(
      screen.getByText(/"model": "acme\/pixel-v3\/turbo"/, { selector: "figure:first-of-type code" }),
    ).toBeVisible();
    expect(screen.getByText(/curl https:\/\/nano-gpt.com\/api\/v1\/images/)).toBeVisible();
    expect(container.textContent).not.toContain(key);
    expect(container.textContent).toContain("sk-…WXYZ");
  });

  it("copies the command with the clipboard and announces it", async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, "writeText");
    render(<RequestPreview request={request} apiKey={key} />);
    await user.click(screen.getByRole("button", { name: "Copy cURL" }));
    expect(writeText).toHaveBeenCalledWith(curlCommand(request));
    expect(writeText.mock.calls[0]?.[0]).not.toContain(key);
    expect(await screen.findByText("Copied")).toBeInTheDocument();
  });

  it("reports a failed copy instead of throwing", async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValueOnce(new Error("denied"));
    render(<RequestPreview request={request} />);
    await user.click(screen.getByRole("button", { name: "Copy JSON" }));
    expect(await screen.findByText("Copy failed: select the text instead")).toBeInTheDocument();
  });

  it("shows a placeholder without a request and renders on the server", () => {
    render(<RequestPreview request={undefined} />);
    expect(screen.getByText(/No request yet/)).toBeInTheDocument();
    expect(renderToString(<RequestPreview request={request} apiKey={key} />)).not.toContain(key);
  });
});
