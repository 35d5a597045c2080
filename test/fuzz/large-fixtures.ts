/** A model whose `style` enum has 1,000 values (and a default near the end). */
export const thousandValueRecord = {
  id: "acme/thousand-styles",
  name: "Thousand styles",
  supported_parameters: {
    style: {
      type: "enum",
      values: Array.from({ length: 1000 }, (_, i) => `style-${String(i).padStart(4, "0")}`),
      default: "style-0500",
    },
    n: { type: "range", min: 1, max: 4, default: 1 },
  },
};
