import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { ICON_DATA_URL } from "@/lib/icon";
import "./globals.css";
import "./print.css";

export const metadata: Metadata = {
  title: "Linked timeline and relationship dashboard",
  description: "Scrub through time, click an actor to see its ties, filter by theme; every fact cites its source.",
  icons: { icon: { url: ICON_DATA_URL, type: "image/svg+xml" } },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put this request's CSP nonce (proxy.ts) on its scripts;
  // a page prerendered at build time (the 404 page, otherwise) would carry none and its scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body>
        {children}
      </body>
    </html>
  );
}
