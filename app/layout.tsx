import type { Metadata, Viewport } from "next";
import "./globals.css";
import "./print.css";

export const metadata: Metadata = {
  title: "Linked timeline and relationship dashboard",
  description: "Scrub through time, click an actor to see its ties, filter by theme; every fact cites its source.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
      </body>
    </html>
  );
}
