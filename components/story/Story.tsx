"use client";
/**
 * The Story region: the dataset's guided steps, each a view of both charts. It shows where the reader is
 * (`Step N of M`), the step's title, text and sources, and moves between steps with the buttons or ←/→.
 * When the reader changes the view by hand, it says so and offers to return to the step.
 */
import { useCallback, type KeyboardEvent } from "react";
import { useDashboard, useStoreValue, useViewField } from "@/components/dashboard/viewContext";
import type { Story as StoryData } from "@/lib/dataset/schema";
import { isOnStep, stepPosition } from "@/lib/story/steps";
import { StoryText } from "./StoryText";
import { useStepTransition } from "./useStepTransition";

/** The Story region for a dataset that has a story. */
export function Story({ story }: { story: StoryData }) {
  const { index, store } = useDashboard();
  const stepId = useViewField("step");
  const onStep = useStoreValue((state) => isOnStep(state.view, index));
  const { enter, moving } = useStepTransition();
  const position = stepPosition(index, stepId);
  const step = position >= 0 ? story.steps[position] : undefined;
  const total = story.steps.length;

  const go = useCallback(
    (to: number) => {
      const target = story.steps[to];
      if (target) enter(target);
    },
    [story, enter],
  );
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target instanceof HTMLInputElement || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "ArrowRight" && position < total - 1) go(position + 1);
    else if (e.key === "ArrowLeft" && position > 0) go(position - 1);
    else return;
    e.preventDefault();
  };
  const leave = () => store.setView((v) => ({ ...v, step: null }), "discrete");

  return (
    <section className="story panel" aria-label="Story" tabIndex={0} onKeyDown={onKeyDown}>
      <div className="story-text">
        <StoryText story={story} position={position} sourceTitle={index.dataset.source?.title ?? "the source"} />
        {step && !onStep && !moving && (
          <p className="story-left" role="status">
            You have changed the view since this step.{" "}
            <button type="button" className="link-button" onClick={() => enter(step)}>
              Return to step
            </button>
          </p>
        )}
      </div>
      <div className="story-nav">
        <button type="button" className="button" onClick={() => go(position - 1)} disabled={position <= 0}>
          Previous step
        </button>
        <button type="button" className="button" onClick={() => go(position + 1)} disabled={position >= total - 1}>
          Next step
        </button>
        {step && (
          <button type="button" className="link-button" onClick={leave}>
            Leave story
          </button>
        )}
      </div>
    </section>
  );
}
