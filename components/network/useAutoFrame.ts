"use client";
/**
 * The camera's own moves (lib/network/framing): after a theme filter it frames the visible actors when they
 * are mostly off view or bunched in a small part of the stage; after selecting an actor it brings the
 * actor's neighbourhood into view when part of it is off view. Only on those changes: a scrub step (a new
 * scene with the same themes and actor) never moves the camera. On the first drawing it jumps, later it glides.
 */
import { useEffect, useRef } from "react";
import type { ActorId, ThemeId } from "@/lib/dataset/ids";
import type { Focus } from "@/lib/highlight";
import { bringIntoView, frameAfterFilter } from "@/lib/network/framing";
import type { Scene } from "@/lib/network/scene";
import type { Insets, Transform } from "@/lib/network/viewport";

interface Options {
  scene: Scene | null;
  focus: Focus;
  themes: readonly ThemeId[];
  transform: Transform;
  width: number;
  height: number;
  padding: Insets;
  moveTo(target: Transform, instant?: boolean): void;
}

/** Moves the camera after a theme filter or a selection, when the view needs it. */
export function useAutoFrame({ scene, focus, themes, transform, width, height, padding, moveTo }: Options) {
  const seen = useRef<{ themes: readonly ThemeId[]; actor: ActorId | null } | null>(null);
  useEffect(() => {
    if (!scene || width <= 0 || height <= 0) return;
    const before = seen.current;
    const actor = focus.selectedActor;
    seen.current = { themes, actor };
    const filtered = before ? before.themes !== themes : themes.length > 0;
    const selected = actor !== null && (before ? before.actor !== actor : true);
    if (!filtered && !selected) return;
    const stage = { width, height, padding };
    let target = filtered ? frameAfterFilter(scene.nodes, transform, stage) : null;
    if (selected) {
      const neighbourhood = scene.nodes.filter((n) => n.id === actor || focus.actors.has(n.id));
      target = bringIntoView(neighbourhood, target ?? transform, stage) ?? target;
    }
    if (target) moveTo(target, before === null);
  }, [scene, focus, themes, transform, width, height, padding, moveTo]);
}
