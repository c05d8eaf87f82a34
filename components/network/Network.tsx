"use client";
/**
 * The Network view: the force-directed picture of the whole dataset, showing what the selection makes
 * visible. The layout covers every actor (computed once, off the main thread), so moving the window
 * only shows, hides and fades marks. Actors are real buttons over the drawing; ties are drawn in SVG,
 * or on a canvas for large datasets, and picked by geometry.
 */
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useComparison } from "@/components/dashboard/useComparison";
import { useWindowMeasures } from "@/components/metrics/useMetrics";
import { useFocus } from "@/components/dashboard/useSelection";
import { useHeldWhile } from "@/components/shared/useHeldWhile";
import { useDashboard, useStoreValue, useViewField } from "@/components/dashboard/viewContext";
import { useNetworkPicture } from "@/components/export/networkPicture";
import { useElementSize } from "@/components/shared/useElementSize";
import type { ActorId, TieId } from "@/lib/dataset/ids";
import { DENSE_TIES, KIND_LABELS, kindsInUse } from "@/lib/network/encoding";
import { FIT_PADDING } from "@/lib/network/framing";
import { layoutGraphOf } from "@/lib/network/graph";
import type { Point } from "@/lib/network/layout";
import { orientPositions, shouldTurn } from "@/lib/network/orient";
import { createProjector, hitTie } from "@/lib/network/project";
import { createSceneBuilder } from "@/lib/network/scene";
import { boundsOf } from "@/lib/network/viewport";
import { betweennessSizes } from "@/lib/metrics/measures";
import { ActorButtons } from "./ActorButtons";
import { retryableLazy } from "@/components/shared/retryableLazy";
import { LayoutProgress } from "./LayoutProgress";
import { Legend } from "./Legend";
import { NetworkControls } from "./NetworkControls";
import { NetworkSvg } from "./NetworkSvg";
import { SizeBy, type SizeMeasure } from "./SizeBy";
import { TieTooltip } from "./TieTooltip";
import { useActorHandlers } from "./useActorHandlers";
import { useAutoFrame } from "./useAutoFrame";
import { useCamera } from "./useCamera";
import { useLabels } from "./useLabels";
import { useLayout } from "./useLayout";
import { usePacedSelection } from "./usePacedSelection";
import { usePins } from "./usePins";
import { useStageGestures } from "./useStageGestures";
import styles from "./Network.module.css";

/** The canvas renderer is only needed for large datasets: loaded on demand, outside the first-load bundle. */
// Retryable: the Network boundary's Retry must fetch this chunk again too, not reuse a failed load.
const NetworkCanvas = retryableLazy(() => import("./NetworkCanvas").then((m) => m.NetworkCanvas));

/**
 * Above these sizes the drawing moves from SVG to a canvas: on a software rasteriser, repainting a few hundred
 * long SVG paths whenever ties change costs more than redrawing them all on a canvas. The ties' threshold is
 * where their picture becomes dense (thinner lines: see TieDensity).
 */
const CANVAS_ABOVE = { actors: 250, ties: DENSE_TIES };
const UNMEASURED = { width: 0, height: 0 };
const KIND_WORD = new Map<string, string>(KIND_LABELS);

/** The Network region. */
export function Network({ onReady }: { onReady: () => void }) {
  const { index, store, layout: precomputed } = useDashboard();
  const useCanvas = index.dataset.actors.length > CANVAS_ABOVE.actors || index.ties.length > CANVAS_ABOVE.ties;
  const [sizeBy, setSizeBy] = useState<SizeMeasure>("ties");
  // While the window moves in a burst, marks appear and vanish without their fades (Network.module.css), and a
  // canvas picture is made by its worker from the live selection, or follows as fast as it draws (usePacedSelection).
  const workerCanDraw = useViewField("compare") === null && sizeBy === "ties";
  const { selection, moving, drawGate, inWorker } = usePacedSelection(store, useCanvas, workerCanDraw);
  const focus = useFocus(selection);
  const comparison = useComparison(selection);
  const measures = useWindowMeasures(sizeBy === "betweenness");
  const sizes = useMemo(() => (measures ? betweennessSizes(measures, index.dataset.actors.map((a) => a.id)) : null), [measures, index]);
  const selectedActor = useViewField("actor");
  const themes = useViewField("themes");
  const frameRequest = useStoreValue((s) => s.frameNetwork);
  const graph = useMemo(() => layoutGraphOf(index), [index]);
  const layout = useLayout(graph, precomputed ?? null);
  const regionRef = useRef<HTMLElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(stageRef) ?? UNMEASURED;
  // Display positions: the layout, turned a quarter where that frames it larger. Pins stay in layout space.
  const layoutBox = useMemo(() => (layout.positions ? boundsOf(layout.positions.values()) : null), [layout.positions]);
  const portrait = shouldTurn(layoutBox, width - FIT_PADDING.left - FIT_PADDING.right, height - FIT_PADDING.top - FIT_PADDING.bottom);
  const positions = useMemo(() => (layout.positions ? orientPositions(layout.positions, portrait) : null), [layout.positions, portrait]);
  const describedByPrefix = `${useId().replace(/[^a-zA-Z0-9_-]/g, "")}-actor-`;

  const pins = usePins(graph.key);
  const pinned = useMemo(() => orientPositions(pins.pinned, portrait), [pins.pinned, portrait]);
  // Builders keep the scene's and the projection's unchanged parts between renders.
  const [buildScene] = useState(createSceneBuilder);
  const [project] = useState(createProjector);
  const scene = useMemo(
    () => (positions ? buildScene({ index, selection, focus, layout: positions, pinned, comparison, sizes }) : null),
    [buildScene, index, selection, focus, positions, pinned, comparison, sizes],
  );
  const camera = useCamera({ graphKey: graph.key, positions, scene, width, height, padding: FIT_PADDING, frameRequest, region: regionRef });
  const { transform } = camera;
  useAutoFrame({ scene, focus, themes, transform, width, height, padding: FIT_PADDING, moveTo: camera.moveTo });

  const [pointed, setPointed] = useState<ActorId | null>(null);
  const [hoveredTie, setHoveredTie] = useState<{ id: TieId; x: number; y: number } | null>(null);
  const [active, setActive] = useState<ActorId | null>(null);

  const projection = useMemo(() => (scene ? project(scene, transform) : null), [project, scene, transform]);
  const labels = useLabels(projection, focus, pointed, width, height, controlsRef);

  // What an export of the network draws: this render's picture.
  useNetworkPicture(projection, labels, width, height);
  const hoveredId = hoveredTie?.id ?? null;
  const motion = useMemo(
    () => (inWorker && positions ? { layout: positions, pinned, transform, width, height, hoveredTie: hoveredId, pointed, labels } : null),
    [inWorker, positions, pinned, transform, width, height, hoveredId, pointed, labels],
  );

  // Buttons in reading order (the dataset's), one per visible actor with a position.
  const buttonNodes = useMemo(() => (scene ? selection.actors.flatMap((a) => scene.nodeById.get(a.id) ?? []) : []), [scene, selection.actors]);
  // Descriptions re-render with every change of visible ties: worth it for a few hundred actors, not thousands.
  const descriptions = useMemo(() => {
    if (useCanvas) return null;
    const map = new Map<ActorId, string>();
    for (const n of buttonNodes) {
      const ties = `${n.degree} ${n.degree === 1 ? "tie" : "ties"} in the window`;
      map.set(n.id, `${KIND_WORD.get(n.actor.kind) ?? n.actor.kind}, ${ties}${n.pinned ? ", pinned" : ""}`);
    }
    return map;
  }, [buttonNodes, useCanvas]);
  const tabStop = active && scene?.nodeById.has(active) ? active : selectedActor && scene?.nodeById.has(selectedActor) ? selectedActor : (buttonNodes[0]?.id ?? null);
  // While the window moves in a burst the buttons (transparent: the drawing shows the actors) are held rather
  // than added, removed and laid out at every step; they follow the window when it rests. They are not hidden
  // meanwhile: restyling a thousand buttons when a burst began and ended cost 30 ms each time.
  const current = useMemo(() => ({ nodes: buttonNodes, tabStop, descriptions }), [buttonNodes, tabStop, descriptions]);
  const buttons = useHeldWhile(current, moving);

  useEffect(() => {
    if (positions) onReady();
  }, [positions, onReady]);

  const toggleActor = useCallback((id: ActorId) => store.setView((v) => ({ ...v, actor: v.actor === id ? null : id, event: null, tie: null })), [store]);
  const { handlers, registerRef } = useActorHandlers(
    { transform, projection, scene, selection, width, height, portrait },
    { toggleActor, setPointed, setActive, setTransform: camera.setTransform, pin: pins.pin },
  );
  const gestures = useStageGestures(stageRef, {
    transform,
    setTransform: camera.setTransform,
    tieAt: (p: Point) => (projection ? (hitTie(projection, p)?.id ?? null) : null),
    onTieClick: (id) => store.setView((v) => ({ ...v, tie: id as TieId, event: null })),
    onTieHover: (id, p) => setHoveredTie(id && p ? { id: id as TieId, x: p.x, y: p.y } : null),
    onZoomKey: camera.zoomBy,
  });
  const Renderer = useCanvas ? NetworkCanvas : NetworkSvg;

  return (
    <section
      ref={regionRef}
      aria-label="Network"
      className={`panel network ${styles.root}`}
      data-layout={layout.positions ? "settled" : "running"}
      data-moving={moving ? "true" : undefined}
      data-layout-ms={layout.ms ?? undefined}
    >
      <div className={styles.header}>
        <h2 className={styles.title}>Network</h2>
        <p className={styles.summary}>Click an actor for its ties, a line for the tie. Arrow keys move between actors.</p>
        <SizeBy value={sizeBy} onChange={setSizeBy} measuring={sizeBy === "betweenness" && !measures} />
      </div>
      <div ref={stageRef} className={styles.stage} data-panning={gestures.panning ? "true" : undefined} data-over-tie={hoveredTie ? "true" : undefined} {...gestures.handlers}>
        {/* First in the tab order, drawn on top. */}
        <NetworkControls ref={controlsRef} onZoom={camera.zoomBy} onFit={camera.fit} onResetLayout={pins.reset} />
        {projection && width > 0 && (
          <Suspense fallback={null}>
            <Renderer key={graph.key} projection={projection} labels={labels} width={width} height={height} hoveredTie={hoveredId} pointed={pointed} drawGate={drawGate} motion={motion} />
          </Suspense>
        )}
        {scene && (
          <ActorButtons
            nodes={buttons.nodes}
            selected={selectedActor}
            tabStop={buttons.tabStop}
            describedByPrefix={describedByPrefix}
            descriptions={buttons.descriptions}
            handlers={handlers}
            registerRef={registerRef}
            transform={transform}
          />
        )}
        {hoveredTie && scene && <TieTooltip scene={scene} hovered={hoveredTie} width={width} />}
        {!positions && <LayoutProgress done={layout.done} total={layout.total} actors={graph.nodes.length} />}
        {layout.mainThread && <p className={styles.notice}>The layout worker failed, so the layout is computed on the page in small steps.</p>}
        {scene && scene.nodes.length === 0 && (
          <p className={styles.empty}>{index.dataset.actors.length === 0 ? "No actors in this dataset." : "No actors in this window."}</p>
        )}
      </div>
      {/* Open by default only where it leaves the drawing room to breathe. */}
      <Legend defaultOpen={width >= 560 && height >= 420} comparing={comparison !== null} kinds={kindsInUse(index.dataset.actors)} />
    </section>
  );
}
