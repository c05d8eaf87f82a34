/**
 * Reading one dataset file safely: only regular files inside the datasets folder (a symlink that leads out
 * of it is refused), no larger than DATASET_MAX_BYTES, and never a mix of two versions: the file is stat'ed
 * through the same descriptor before and after the read, and a change in between (a writer still at work)
 * means the read is retried and, if the file keeps changing, reported as busy rather than parsed half-written.
 * Server-only.
 */
import { open, realpath } from "node:fs/promises";
import path from "node:path";

/** The default size limit: 50 MB of JSON already takes seconds to parse and hundreds of MB of memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** What reading a file gave. `key` identifies the version read (mtime and size). */
export type FileRead =
  | { status: "read"; text: string; key: string }
  | { status: "missing" }
  | { status: "refused"; reason: string }
  | { status: "too-large"; size: number; limit: number }
  | { status: "busy" }
  | { status: "unreadable"; reason: string };

/** DATASET_MAX_BYTES when it is a positive whole number, else 50 MB. */
export function maxDatasetBytes(): number {
  const value = Number(process.env.DATASET_MAX_BYTES);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_BYTES;
}

const ATTEMPTS = 3;
const RETRY_MS = 20;

/** What identifies one version of a file: its inode (a rename-over replaces it), mtime and size. */
export const versionKey = (info: { mtimeMs: number; size: number; ino: number }) => `${info.ino}:${info.mtimeMs}:${info.size}`;

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

async function readOnce(file: string, limit: number): Promise<FileRead | "changed"> {
  const handle = await open(file, "r");
  try {
    const before = await handle.stat();
    // A directory named x.json, a FIFO (whose read would block forever) or a device is not a dataset.
    if (!before.isFile()) return { status: "refused", reason: "not a regular file" };
    if (before.size > limit) return { status: "too-large", size: before.size, limit };
    // One byte more than the limit is enough to notice a file that grew past it while being read.
    const buffer = Buffer.alloc(Math.min(before.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    const after = await handle.stat();
    if (length !== before.size || versionKey(after) !== versionKey(before)) return "changed";
    return { status: "read", text: buffer.toString("utf8", 0, length), key: versionKey(after) };
  } finally {
    await handle.close();
  }
}

/** Reads `dir/name` as one consistent version, within the folder and the size limit. Never throws. */
export async function readDatasetFile(dir: string, name: string, limit = maxDatasetBytes()): Promise<FileRead> {
  const file = path.join(dir, name);
  try {
    // Resolve links on both sides: the folder itself may be reached through a link (e.g. /tmp on macOS).
    const [realDir, realFile] = await Promise.all([realpath(dir), realpath(file)]);
    if (!isInside(realDir, realFile)) return { status: "refused", reason: "it links to a file outside the datasets folder" };
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const result = await readOnce(realFile, limit);
      if (result !== "changed") return result;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * attempt));
    }
    return { status: "busy" };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { status: "missing" };
    return { status: "unreadable", reason: code ?? (error as Error).message };
  }
}
