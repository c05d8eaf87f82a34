/**
 * A dataset's story as views: which step a URL names, the view a step opens, and whether the reader's view
 * is still the step's. Pure functions over the indexed dataset.
 */
import { parseIsoDay } from "@/lib/dates";
import type { StepId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { StoryStep } from "@/lib/dataset/schema";
import { clamp } from "@/lib/math";
import type { ViewState } from "@/lib/view/state";

/** The step with this id in the dataset's story, or undefined (no story, unknown or malformed id). */
export function stepById(index: IndexedDataset, id: string | null | undefined): StoryStep | undefined {
  if (!id) return undefined;
  return index.dataset.story?.steps.find((step) => step.id === id);
}

/** The 0-based position of a step in the story (-1 when there is none). */
export function stepPosition(index: IndexedDataset, id: StepId | null): number {
  const steps = index.dataset.story?.steps ?? [];
  return id === null ? -1 : steps.findIndex((step) => step.id === id);
}

/**
 * The whole view a step opens. What the step leaves out is the default (the dataset's default window, all
 * themes, nothing selected), so a step looks the same whichever view the reader came from.
 */
export function viewOfStep(step: StoryStep, index: IndexedDataset): ViewState {
  const { extent, defaultWindow } = index;
  const day = (text: string | undefined, fallback: number) => {
    const parsed = text === undefined ? null : parseIsoDay(text);
    return parsed === null ? fallback : clamp(parsed, extent.start, extent.end);
  };
  const from = day(step.view.from, defaultWindow.from);
  const to = Math.max(from, day(step.view.to, defaultWindow.to));
  return {
    from,
    to,
    themes: [...(step.view.themes ?? [])],
    actor: step.view.actor ?? null,
    event: step.view.event ?? null,
    tie: step.view.tie ?? null,
    step: step.id,
    compare: null,
  };
}

/** True while the view is still the one its step opened (false once the reader changed it by hand). */
export function isOnStep(view: ViewState, index: IndexedDataset): boolean {
  const step = stepById(index, view.step);
  if (!step) return false;
  const expected = viewOfStep(step, index);
  const sameThemes = expected.themes.length === view.themes.length && expected.themes.every((id) => view.themes.includes(id));
  return (
    expected.from === view.from &&
    expected.to === view.to &&
    sameThemes &&
    expected.actor === view.actor &&
    expected.event === view.event &&
    expected.tie === view.tie
  );
}
