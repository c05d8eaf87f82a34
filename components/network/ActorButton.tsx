"use client";
/**
 * One actor as a real button over the drawing: named exactly by the actor's name, `aria-pressed` when
 * selected. It takes clicks, keyboard focus (arrows move to the neighbour in that direction) and drags
 * (which pin the actor where it is dropped). Its position is CSS variables in layout space, so panning and
 * zooming restyle it without re-rendering.
 */
import { memo, useRef, type CSSProperties, type KeyboardEvent, type PointerEvent } from "react";
import type { ActorId } from "@/lib/dataset/ids";
import { directionOfKey, type Direction } from "@/lib/network/neighbours";
import styles from "./Network.module.css";

/** What the buttons report upwards. */
export interface ActorButtonHandlers {
  onSelect(id: ActorId): void;
  /** Pointer over or focus on an actor (null when it leaves). */
  onPoint(id: ActorId | null): void;
  /** Focus on an actor; `keyboard` when it came from the keyboard (then the view may pan to show it). */
  onFocusActor(id: ActorId, keyboard: boolean): void;
  /** Arrow keys (by direction) and Home/End ("first"/"last"). */
  onNavigate(from: ActorId, to: Direction | "first" | "last"): void;
  /** A drag: the pointer's screen position relative to the stage, with the grab offset. */
  onDrag(id: ActorId, screen: { x: number; y: number }): void;
  onDragEnd(id: ActorId): void;
}

/** The button's props: primitives and stable callbacks, so an unchanged actor never re-renders. */
export interface ButtonProps {
  id: ActorId;
  name: string;
  /** Layout position and hit-target side: primitives, so a scrub that keeps them re-renders nothing. */
  x: number;
  y: number;
  hit: number;
  selected: boolean;
  tabbable: boolean;
  describedBy: string | undefined;
  handlers: ActorButtonHandlers;
  registerRef(id: ActorId, element: HTMLButtonElement | null): void;
}

const DRAG_THRESHOLD = 4;

/** True when focus came from the keyboard (a click must not pan the view under the pointer). */
function isKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(":focus-visible");
  } catch {
    return false;
  }
}

/** One actor's button. */
export const ActorButton = memo(function ActorButton({ id, name, x, y, hit, selected, tabbable, describedBy, handlers, registerRef }: ButtonProps) {
  const drag = useRef<{ pointer: number; x: number; y: number; dx: number; dy: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  const stagePoint = (event: PointerEvent<HTMLButtonElement>) => {
    const stage = event.currentTarget.offsetParent?.getBoundingClientRect();
    return { x: event.clientX - (stage?.left ?? 0), y: event.clientY - (stage?.top ?? 0) };
  };
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    event.stopPropagation(); // the stage would start a pan
    if (event.button !== 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    // Offset from the node's centre, so the node does not jump under the pointer.
    drag.current = {
      pointer: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      dx: event.clientX - (box.left + box.width / 2),
      dy: event.clientY - (box.top + box.height / 2),
      moved: false,
    };
    // Capture at once: in a dense cluster a neighbour's button overlaps this one, and without capture the
    // first moves would go to it and the drag would never start.
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== event.pointerId) return;
    if (!d.moved && Math.hypot(event.clientX - d.x, event.clientY - d.y) < DRAG_THRESHOLD) return;
    if (!d.moved) {
      d.moved = true;
      event.currentTarget.dataset.dragging = "true";
    }
    const p = stagePoint(event);
    handlers.onDrag(id, { x: p.x - d.dx, y: p.y - d.dy });
  };
  const endDrag = (event: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== event.pointerId) return;
    drag.current = null;
    if (d.moved) {
      suppressClick.current = true;
      delete event.currentTarget.dataset.dragging;
      handlers.onDragEnd(id);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const direction = directionOfKey(event.key);
    const to = direction ?? (event.key === "Home" ? "first" : event.key === "End" ? "last" : null);
    if (!to) return;
    event.preventDefault();
    handlers.onNavigate(id, to);
  };
  const style = { "--x": x, "--y": y, "--s": hit } as CSSProperties;
  return (
    <button
      ref={(element) => registerRef(id, element)}
      type="button"
      className={styles.actor}
      style={style}
      // Named by aria-label rather than hidden text: a text child would be laid out, and a visually hidden
      // one is a positioned box, a paint layer of its own that every hit test walks (a thousand of them at 10k).
      aria-label={name}
      aria-pressed={selected}
      aria-describedby={describedBy}
      tabIndex={tabbable ? 0 : -1}
      data-actor={id}
      onClick={() => {
        if (suppressClick.current) {
          suppressClick.current = false;
          return;
        }
        handlers.onSelect(id);
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onPointerEnter={() => handlers.onPoint(id)}
      onPointerLeave={() => handlers.onPoint(null)}
      onFocus={(event) => handlers.onFocusActor(id, isKeyboardFocus(event.currentTarget))}
      onBlur={() => handlers.onPoint(null)}
      onKeyDown={onKeyDown}
    />
  );
});
