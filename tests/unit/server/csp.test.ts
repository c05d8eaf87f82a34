import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, frameAncestors, isEmbedPath } from "@/lib/server/csp";

describe("content security policy", () => {
  it("allows scripts only by nonce (and what they load), with no inline or eval in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", pathname: "/" });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toMatch(/frame-ancestors 'self'$/);
    expect(contentSecurityPolicy({ nonce: "abc", pathname: "/", dev: true })).toContain("'unsafe-eval'");
  });

  it("lets only /embed be framed, by EMBED_ORIGINS or anyone when unset", () => {
    expect(isEmbedPath("/embed")).toBe(true);
    expect(isEmbedPath("/embed/x")).toBe(true);
    expect(isEmbedPath("/embedded")).toBe(false);
    expect(frameAncestors("/", "https://a.example")).toBe("'self'");
    expect(frameAncestors("/embed", undefined)).toBe("*");
    expect(frameAncestors("/embed", "  https://a.example   https://b.example:8443 ")).toBe("https://a.example https://b.example:8443");
  });

  it("drops EMBED_ORIGINS entries that could smuggle a directive into the header", () => {
    expect(frameAncestors("/embed", "https://a.example; script-src *")).toBe("*");
    expect(frameAncestors("/embed", "https://a.example 'unsafe-inline' javascript:x https://b.example")).toBe("https://a.example https://b.example");
  });

  it("makes a different 128-bit nonce each time", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });
});
