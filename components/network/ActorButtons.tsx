"use client";
/**
 * The actors as real buttons laid over the drawing: one per visible actor, named exactly by the
 * actor's name, `aria-pressed` when selected. They take clicks, keyboard focus (one tab stop; arrows
 * move to the neighbour in that direction) and drags (which pin the actor where it is dropped).
 * Positions are CSS variables in layout space, so panning and zooming restyle them without re-rendering.
 */
import { memo, type CSSProperties } from "react";
import type { ActorId } from "@/lib/dataset/ids";
import type { SceneNode } from "@/lib/network/scene";
import { ActorButton, type ActorButtonHandlers } from "./ActorButton";
import styles from "./Network.module.css";

/** An actor's description (kind, visible ties), referenced by its button's aria-describedby. */
const Description = memo(function Description({ id, text }: { id: string; text: string }) {
  return <span id={id}>{text}</span>;
});

interface ListProps {
  nodes: SceneNode[];
  selected: ActorId | null;
  tabStop: ActorId | null;
  describedByPrefix: string | null;
  handlers: ActorButtonHandlers;
  registerRef(id: ActorId, element: HTMLButtonElement | null): void;
}

/** Equal when every button would get the same props: a scrub that keeps the visible actors re-renders nothing. */
function sameList(a: ListProps, b: ListProps): boolean {
  if (a.selected !== b.selected || a.tabStop !== b.tabStop || a.describedByPrefix !== b.describedByPrefix) return false;
  if (a.handlers !== b.handlers || a.registerRef !== b.registerRef || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const m = a.nodes[i]!;
    const n = b.nodes[i]!;
    if (m.id !== n.id || m.x !== n.x || m.y !== n.y || m.hit !== n.hit || m.actor !== n.actor) return false;
  }
  return true;
}

const ButtonList = memo(function ButtonList({ nodes, selected, tabStop, describedByPrefix, handlers, registerRef }: ListProps) {
  return nodes.map((node) => (
    <ActorButton
      key={node.id}
      id={node.id}
      name={node.actor.name}
      x={node.x}
      y={node.y}
      hit={node.hit}
      selected={selected === node.id}
      tabbable={tabStop === node.id}
      describedBy={describedByPrefix === null ? undefined : `${describedByPrefix}${node.id}`}
      handlers={handlers}
      registerRef={registerRef}
    />
  ));
}, sameList);

interface Props extends ListProps {
  /** Each actor's description (kind, visible ties), or null to leave descriptions out (large networks). */
  descriptions: Map<ActorId, string> | null;
  transform: { k: number; x: number; y: number };
}

/** The layer of actor buttons over the drawing, with a hidden description per actor. */
export function ActorButtons({ descriptions, transform, ...list }: Props) {
  const layerStyle = { "--k": transform.k, "--tx": transform.x, "--ty": transform.y } as CSSProperties;
  const prefix = descriptions ? list.describedByPrefix : null;
  return (
    <div className={styles.overlay} style={layerStyle}>
      <ButtonList {...list} describedByPrefix={prefix} />
      {descriptions && prefix !== null && (
        <div hidden>
          {list.nodes.map((node) => (
            <Description key={node.id} id={`${prefix}${node.id}`} text={descriptions.get(node.id) ?? ""} />
          ))}
        </div>
      )}
    </div>
  );
}
