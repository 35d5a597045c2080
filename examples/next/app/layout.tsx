import "@model-forms/forms/styles.css";
import type { ReactNode } from "react";

export const metadata = { title: "model-forms on Next.js" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ maxWidth: 760, margin: "2rem auto", padding: "0 1rem", fontFamily: "system-ui, sans-serif" }}>
        {children}
      </body>
    </html>
  );
}
