"use client";
/**
 * The Network view: the force-directed picture of the whole dataset, showing what the selection makes
 * visible. The layout covers every actor (computed once, off the main thread), so moving the window
 * only shows, hides and fades marks. Actors are real buttons over the drawing; ties are drawn in SVG,
 * or on a canvas for large datasets, and picked by geometry.
 */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import type { ViewProps } from "@/components/dashboard/viewProps";
import type { ActorId, TieId } from "@/lib/dataset/ids";
import { KIND_LABELS } from "@/lib/network/encoding";
import { layoutGraphOf } from "@/lib/network/graph";
import { COVER_NODES_FROM, labelCandidates } from "@/lib/network/labelling";
import { placeLabels } from "@/lib/network/labels";
import type { Point, Positions } from "@/lib/network/layout";
import { neighbourInDirection } from "@/lib/network/neighbours";
import { orientPositions, shouldTurn, unorient } from "@/lib/network/orient";
import { hitTie, project } from "@/lib/network/project";
import { buildScene, type SceneTie } from "@/lib/network/scene";
import { boundsOf, fitTransform, IDENTITY, panToInclude, toLayout, zoomAround, type Transform } from "@/lib/network/viewport";
import { sentimentLabel } from "@/lib/palette";
import { ActorButtons, type ActorButtonHandlers } from "./ActorButtons";
import { LayoutProgress } from "./LayoutProgress";
import { Legend } from "./Legend";
import { NetworkSvg } from "./NetworkSvg";
import { useElementSize } from "@/components/shared/useElementSize";
import { useLayout } from "./useLayout";
import { SHOW_IN_NETWORK } from "./showInNetwork";
import { useStageGestures } from "./useStageGestures";
import styles from "./Network.module.css";

/** The canvas renderer is only needed for large datasets: loaded on demand, outside the first-load bundle. */
const NetworkCanvas = lazy(() => import("./NetworkCanvas").then((m) => ({ default: m.NetworkCanvas })));

/** Above these sizes the drawing moves from SVG to a canvas. */
const CANVAS_ABOVE = { actors: 400, ties: 1500 };
/** Room for labels on every side, and for the zoom and layout buttons along the top. */
const FIT_PADDING = { top: 48, right: 36, bottom: 30, left: 36 };
const LABEL_FONT_SIZE = 11;
const ZOOM_STEP = 1.4;
const NO_PINS: Positions = new Map();
const UNMEASURED = { width: 0, height: 0 };
const KIND_WORD = new Map(KIND_LABELS);

/** The Network region. */
export function Network({ index, selection: current, focus: currentFocus, view, setView, onReady }: ViewProps) {
  const graph = useMemo(() => layoutGraphOf(index), [index]);
  const layout = useLayout(graph);
  const useCanvas = index.dataset.actors.length > CANVAS_ABOVE.actors || index.ties.length > CANVAS_ABOVE.ties;
  // A large network redraws at low priority: while the window is scrubbed, the timeline and the status
  // line update first and the network catches up between frames instead of holding them up.
  const latestState = useMemo(() => ({ selection: current, focus: currentFocus }), [current, currentFocus]);
  const deferredState = useDeferredValue(latestState);
  const { selection, focus } = useCanvas ? deferredState : latestState;
  const stageRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(stageRef) ?? UNMEASURED;
  // Display positions: the layout, turned a quarter where that frames it larger. Pins stay in layout space.
  const layoutBox = useMemo(() => (layout.positions ? boundsOf(layout.positions.values()) : null), [layout.positions]);
  const portrait = shouldTurn(layoutBox, width - FIT_PADDING.left - FIT_PADDING.right, height - FIT_PADDING.top - FIT_PADDING.bottom);
  const positions = useMemo(() => (layout.positions ? orientPositions(layout.positions, portrait) : null), [layout.positions, portrait]);
  const describedByPrefix = `${useId().replace(/[^a-zA-Z0-9_-]/g, "")}-actor-`;

  // Pins and a manual pan/zoom belong to one graph; a new dataset starts fresh.
  const [pins, setPins] = useState<{ key: string; map: Positions }>({ key: graph.key, map: NO_PINS });
  const pinned = useMemo(() => orientPositions(pins.key === graph.key ? pins.map : NO_PINS, portrait), [pins, graph.key, portrait]);
  const [manual, setManual] = useState<{ key: string; t: Transform } | null>(null);
  // Until the reader pans or zooms, the view frames the whole layout: the same frame in every window.
  const auto = useMemo(
    () => (positions && width > 0 ? fitTransform(positions.values(), width, height, FIT_PADDING) : IDENTITY),
    [positions, width, height],
  );
  const transform = manual && manual.key === graph.key ? manual.t : auto;
  const setTransform = useCallback((t: Transform) => setManual({ key: graph.key, t }), [graph.key]);

  const [pointed, setPointed] = useState<ActorId | null>(null);
  const [hoveredTie, setHoveredTie] = useState<{ id: TieId; x: number; y: number } | null>(null);
  const [active, setActive] = useState<ActorId | null>(null);

  const scene = useMemo(
    () => (positions ? buildScene({ index, selection, focus, layout: positions, pinned }) : null),
    [index, selection, focus, positions, pinned],
  );
  const projection = useMemo(() => (scene ? project(scene, transform) : null), [scene, transform]);
  const labels = useMemo(() => {
    if (!projection || width === 0) return [];
    const obstacles = projection.nodes.map(({ node, sx, sy, r }) => ({ id: node.id, x: sx, y: sy, r }));
    return placeLabels(labelCandidates(projection, focus, pointed, transform.k), {
      width,
      height,
      fontSize: LABEL_FONT_SIZE,
      obstacles,
      mayCoverNodesFrom: COVER_NODES_FROM,
    });
  }, [projection, focus, pointed, transform.k, width, height]);

  // Buttons in reading order (the dataset's), one per visible actor with a position.
  const buttonNodes = useMemo(
    () => (scene ? selection.actors.flatMap((a) => scene.nodeById.get(a.id) ?? []) : []),
    [scene, selection.actors],
  );
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
  const tabStop =
    active && scene?.nodeById.has(active) ? active : view.actor && scene?.nodeById.has(view.actor) ? view.actor : (buttonNodes[0]?.id ?? null);

  useEffect(() => {
    if (positions) onReady();
  }, [positions, onReady]);

  // Handlers read the latest render through a ref, so the memoised buttons never re-render for them.
  const latest = useRef({ transform, projection, scene, width, height, selection, portrait, graphKey: graph.key });
  useEffect(() => {
    latest.current = { transform, projection, scene, width, height, selection, portrait, graphKey: graph.key };
  });
  const buttons = useRef(new Map<ActorId, HTMLButtonElement>());
  const registerRef = useCallback((id: ActorId, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(id, element);
    else buttons.current.delete(id);
  }, []);

  const handlers: ActorButtonHandlers = useMemo(
    () => ({
      onSelect: (id) => setView((v) => ({ ...v, actor: v.actor === id ? null : id, event: null, tie: null })),
      onPoint: (id) => setPointed(id),
      onFocusActor: (id, keyboard) => {
        setActive(id);
        setPointed(id);
        const { scene: s, transform: t, width: w, height: h, graphKey } = latest.current;
        const node = s?.nodeById.get(id);
        if (!keyboard || !node || w === 0) return;
        const moved = panToInclude(t, node, w, h, 24);
        if (moved !== t) setManual({ key: graphKey, t: moved });
      },
      onNavigate: (from, to) => {
        const { projection: p, selection: sel } = latest.current;
        if (!p) return;
        let target: ActorId | null = null;
        if (to === "first" || to === "last") {
          const order = sel.actors.filter((a) => p.nodeById.has(a.id));
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
        const { transform: t, graphKey, portrait: turned } = latest.current;
        const p = unorient(toLayout(t, screen), turned);
        setPins((prev) => ({ key: graphKey, map: new Map(prev.key === graphKey ? prev.map : NO_PINS).set(id, p) }));
      },
      onDragEnd: () => {},
    }),
    [setView],
  );

  const gestures = useStageGestures(stageRef, {
    transform,
    setTransform,
    tieAt: (p: Point) => (projection ? (hitTie(projection, p)?.id ?? null) : null),
    onTieClick: (id) => setView((v) => ({ ...v, tie: id as TieId, event: null })),
    onTieHover: (id, p) => setHoveredTie(id && p ? { id: id as TieId, x: p.x, y: p.y } : null),
  });

  const centre = { x: width / 2, y: height / 2 };
  const zoomBy = (factor: number) => setTransform(zoomAround(transform, centre, factor));
  // Fit frames what is visible, or, with a selection, the bright part (the ego network).
  const fit = () => {
    const focused = scene?.nodes.filter((n) => n.emphasis === "selected" || n.emphasis === "related") ?? [];
    const visible = focused.length ? focused : scene?.nodes.length ? scene.nodes : positions ? [...positions.values()] : [];
    setTransform(fitTransform(visible, width, height, FIT_PADDING, 2));
  };
  // "Show in network" in Details asks for the selection to be framed; the request comes as a window event
  // because the camera is this view's own transient state, not part of the shared view state.
  const fitRef = useRef(fit);
  useEffect(() => {
    fitRef.current = fit;
  });
  useEffect(() => {
    const onShow = () => fitRef.current();
    window.addEventListener(SHOW_IN_NETWORK, onShow);
    return () => window.removeEventListener(SHOW_IN_NETWORK, onShow);
  }, []);
  const onStageKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "+" || event.key === "=") zoomBy(ZOOM_STEP);
    else if (event.key === "-" || event.key === "_") zoomBy(1 / ZOOM_STEP);
    else return;
    event.preventDefault();
  };

  const tooltip = hoveredTie && scene ? tieTooltip(scene.ties.find((t) => t.id === hoveredTie.id)) : null;
  const Renderer = useCanvas ? NetworkCanvas : NetworkSvg;

  return (
    <section
      aria-label="Network"
      className={`panel network ${styles.root}`}
      data-layout={layout.positions ? "settled" : "running"}
      data-layout-ms={layout.ms ?? undefined}
    >
      <div className={styles.header}>
        <h2 className={styles.title}>Network</h2>
        <p className={styles.summary}>
          Click an actor for its ties, a line for the tie. Arrow keys move between actors.
        </p>
      </div>
      <div
        ref={stageRef}
        className={styles.stage}
        data-panning={gestures.panning ? "true" : undefined}
        data-over-tie={hoveredTie ? "true" : undefined}
        onKeyDown={onStageKey}
        {...gestures.handlers}
      >
        {/* First in the tab order, drawn on top. */}
        <div className={styles.controls}>
          <button type="button" className={styles.control} aria-label="Zoom in" onClick={() => zoomBy(ZOOM_STEP)}>
            +
          </button>
          <button type="button" className={styles.control} aria-label="Zoom out" onClick={() => zoomBy(1 / ZOOM_STEP)}>
            −
          </button>
          <button type="button" className={styles.control} onClick={fit}>
            Fit
          </button>
          <button type="button" className={styles.control} onClick={() => setPins({ key: graph.key, map: NO_PINS })}>
            Reset layout
          </button>
        </div>
        {projection && width > 0 && (
          <Suspense fallback={null}>
            <Renderer
              projection={projection}
              labels={labels}
              width={width}
              height={height}
              hoveredTie={hoveredTie?.id ?? null}
              pointed={pointed}
            />
          </Suspense>
        )}
        {scene && (
          <ActorButtons
            nodes={buttonNodes}
            selected={view.actor}
            tabStop={tabStop}
            describedByPrefix={describedByPrefix}
            descriptions={descriptions}
            handlers={handlers}
            registerRef={registerRef}
            transform={transform}
          />
        )}
        {tooltip && hoveredTie && (
          <div className={styles.tooltip} style={tooltipPlacement(hoveredTie, width)} aria-hidden="true">
            {tooltip}
          </div>
        )}
        {!positions && <LayoutProgress done={layout.done} total={layout.total} actors={graph.nodes.length} />}
        {scene && scene.nodes.length === 0 && <p className={styles.empty}>No actors in this window.</p>}
      </div>
      {/* Open by default only where it leaves the drawing room to breathe. */}
      <Legend defaultOpen={width >= 560 && height >= 420} />
    </section>
  );
}

/** Where the tooltip goes: above the pointer, kept inside the stage near its edges. */
function tooltipPlacement(p: Point, width: number): CSSProperties {
  const x = p.x < 150 ? "-12px" : p.x > width - 150 ? "calc(-100% + 12px)" : "-50%";
  const y = p.y < 48 ? "16px" : "calc(-100% - 10px)";
  return { left: p.x, top: p.y, transform: `translate(${x}, ${y})` };
}

/** The words of a tie's tooltip: who, how, and how warm. */
function tieTooltip(tie: SceneTie | undefined): string | null {
  if (!tie) return null;
  const { kind, directed, status } = tie.visible.indexed.tie;
  const arrow = directed ? "→" : "–";
  const tone = tie.style.structural ? "" : `, ${sentimentLabel(tie.visible.sentiment)}`;
  return `${tie.source.actor.name} ${arrow} ${tie.target.actor.name}: ${kind}${tone}${status === "expected" ? " (expected)" : ""}`;
}
