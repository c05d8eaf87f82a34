// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useActorHandlers, type ActorHandlerState } from "@/components/network/useActorHandlers";
import type { ActorId } from "@/lib/dataset/ids";
import type { Scene } from "@/lib/network/scene";
import type { Selection } from "@/lib/select";

const shown = "azerbaijan" as ActorId;
const gone = "armenia" as ActorId;

function setUp() {
  const scene = { nodes: [], nodeById: new Map([[shown, {}]]), ties: [], ghosts: [] } as unknown as Scene;
  const state: ActorHandlerState = { transform: { k: 1, x: 0, y: 0 }, projection: null, scene, selection: { actors: [] } as unknown as Selection, width: 400, height: 300, portrait: false };
  const actions = { toggleActor: vi.fn(), setPointed: vi.fn(), setActive: vi.fn(), setTransform: vi.fn(), pin: vi.fn() };
  const { result } = renderHook(() => useActorHandlers(state, actions));
  return { handlers: result.current.handlers, actions };
}

describe("useActorHandlers", () => {
  it("selects and points at an actor of the picture", () => {
    const { handlers, actions } = setUp();
    handlers.onSelect(shown);
    handlers.onPoint(shown);
    expect(actions.toggleActor).toHaveBeenCalledWith(shown);
    expect(actions.setPointed).toHaveBeenLastCalledWith(shown);
  });

  it("ignores a held button whose actor left the picture while the window moved", () => {
    const { handlers, actions } = setUp();
    handlers.onSelect(gone);
    handlers.onPoint(gone);
    expect(actions.toggleActor).not.toHaveBeenCalled();
    expect(actions.setPointed).toHaveBeenLastCalledWith(null);
  });
});
