"use client";
/**
 * What the actor buttons report, as stable handlers (the memoised buttons never re-render for them): select,
 * point, keyboard focus (which pans just enough to show the actor), arrow-key moves to the neighbour in that
 * direction, and drags that pin an actor where it is dropped.
 */
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { ActorId } from "@/lib/dataset/ids";
import type { Point } from "@/lib/network/layout";
import { neighbourInDirection } from "@/lib/network/neighbours";
import { unorient } from "@/lib/network/orient";
import type { Projection } from "@/lib/network/project";
import type { Scene } from "@/lib/network/scene";
import { panToInclude, toLayout, type Transform } from "@/lib/network/viewport";
import type { Selection } from "@/lib/select";
import type { ActorButtonHandlers } from "./ActorButton";

/** What the handlers read at event time. */
export interface ActorHandlerState {
  transform: Transform;
  projection: Projection | null;
  scene: Scene | null;
  selection: Selection;
  width: number;
  height: number;
  portrait: boolean;
}

interface Actions {
  toggleActor(id: ActorId): void;
  setPointed(id: ActorId | null): void;
  setActive(id: ActorId): void;
  setTransform(t: Transform): void;
  pin(id: ActorId, p: Point): void;
}

/** Handlers for the actor buttons, and the registry of their elements (for moving focus between them). */
export function useActorHandlers(state: ActorHandlerState, actions: Actions) {
  const latest = useRef({ state, actions });
  useEffect(() => {
    latest.current = { state, actions };
  });
  const buttons = useRef(new Map<ActorId, HTMLButtonElement>());
  const registerRef = useCallback((id: ActorId, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(id, element);
    else buttons.current.delete(id);
  }, []);

  const handlers: ActorButtonHandlers = useMemo(
    () => ({
      // Buttons are held while the window moves (Network.tsx): one whose actor has left the picture meanwhile
      // is ignored until the buttons catch up.
      onSelect: (id) => {
        if (latest.current.state.scene?.nodeById.has(id)) latest.current.actions.toggleActor(id);
      },
      onPoint: (id) => latest.current.actions.setPointed(id && latest.current.state.scene?.nodeById.has(id) ? id : null),
      onFocusActor: (id, keyboard) => {
        const { state: s, actions: a } = latest.current;
        a.setActive(id);
        a.setPointed(id);
        const node = s.scene?.nodeById.get(id);
        if (!keyboard || !node || s.width === 0) return;
        const moved = panToInclude(s.transform, node, s.width, s.height, 24);
        if (moved !== s.transform) a.setTransform(moved);
      },
      onNavigate: (from, to) => {
        const { projection: p, selection } = latest.current.state;
        if (!p) return;
        let target: ActorId | null = null;
        if (to === "first" || to === "last") {
          const order = selection.actors.filter((a) => p.nodeById.has(a.id));
          target = (to === "first" ? order[0] : order[order.length - 1])?.id ?? null;
        } else {
          const screen = new Map(p.nodes.map((n) => [n.node.id, { x: n.sx, y: n.sy }]));
          const tied = new Set<ActorId>();
          for (const { tie } of p.ties) {
            if (tie.source.id === from) tied.add(tie.target.id);
            if (tie.target.id === from) tied.add(tie.source.id);
          }
          target = neighbourInDirection(from, to, screen, tied);
        }
        if (target) buttons.current.get(target)?.focus();
      },
      onDrag: (id, screen) => {
        const { state: s, actions: a } = latest.current;
        a.pin(id, unorient(toLayout(s.transform, screen), s.portrait));
      },
      onDragEnd: () => {},
    }),
    [],
  );
  return { handlers, registerRef };
}
