"use client";
import type { CSSProperties } from "react";
import type { Point } from "@/lib/network/layout";
import type { Scene, SceneTie } from "@/lib/network/scene";
import { sentimentLabel } from "@/lib/palette";
import styles from "./Network.module.css";

/** Where the tooltip goes: above the pointer, kept inside the stage near its edges. */
function placement(p: Point, width: number): CSSProperties {
  const x = p.x < 150 ? "-12px" : p.x > width - 150 ? "calc(-100% + 12px)" : "-50%";
  const y = p.y < 48 ? "16px" : "calc(-100% - 10px)";
  return { left: p.x, top: p.y, transform: `translate(${x}, ${y})` };
}

/** The words of a tie's tooltip: who, how, and how warm (the sentiment in force). */
export function tieTooltipText(tie: SceneTie): string {
  const { kind, directed, status } = tie.visible.indexed.tie;
  const arrow = directed ? "→" : "–";
  const tone = tie.style.structural ? "" : `, ${sentimentLabel(tie.visible.sentiment)}`;
  return `${tie.source.actor.name} ${arrow} ${tie.target.actor.name}: ${kind}${tone}${status === "expected" ? " (expected)" : ""}`;
}

/** The tooltip of the tie under the pointer (decorative: Details carries the same words). */
export function TieTooltip({ scene, hovered, width }: { scene: Scene; hovered: Point & { id: string }; width: number }) {
  const tie = scene.ties.find((t) => t.id === hovered.id);
  if (!tie) return null;
  return (
    <div className={styles.tooltip} style={placement(hovered, width)} aria-hidden="true">
      {tieTooltipText(tie)}
    </div>
  );
}
