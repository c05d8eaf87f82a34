/**
 * PNG from a standalone SVG at 2× device pixels: the SVG is drawn to a canvas through an image, then, for
 * the network, its marks are drawn on top by the canvas renderer's own drawing code.
 */

/** Device pixels per CSS pixel in exported PNGs. */
export const PNG_SCALE = 2;

function loadImage(svg: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("the picture could not be drawn"));
    };
    image.src = url;
  });
}

/** Draws an SVG document of width × height CSS pixels, then `overlay`, on a canvas at PNG_SCALE, as a PNG Blob. */
export async function svgToPng(svg: string, width: number, height: number, overlay?: (ctx: CanvasRenderingContext2D) => void): Promise<Blob> {
  const image = await loadImage(svg);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no canvas to draw the picture on");
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  overlay?.(ctx);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be written"))), "image/png"));
}
