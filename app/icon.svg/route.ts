import { ICON_SVG } from "@/lib/icon";

/** GET /icon.svg: the icon as a file, for whoever asks for it by name (the page itself links a data URL). */
export function GET() {
  return new Response(ICON_SVG, { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" } });
}
