import { describe, expect, it } from "vitest";
import { humanizeLabel } from "./humanize-label";

describe("humanizeLabel", () => {
  it.each([
    ["num_inference_steps", "Inference steps"],
    ["numInferenceSteps", "Inference steps"],
    ["number_of_images", "Images"],
    ["n", "Images"],
    ["num_images", "Images"],
    ["seed", "Seed"],
    ["resolution", "Resolution"],
    ["aspect_ratio", "Aspect ratio"],
    ["input_references", "Reference images"],
    ["guidance_scale", "Guidance scale"],
    ["cfg_scale", "CFG scale"],
    ["negative-prompt", "Negative prompt"],
    ["loraScale", "LoRA scale"],
    ["output_format", "Output format"],
    ["rendering_speed", "Rendering speed"],
    ["num", "Num"],
    ["HDRMode", "HDR mode"],
    ["style", "Style"],
  ])("%s -> %s", (name, label) => {
    expect(humanizeLabel(name)).toBe(label);
  });
});
