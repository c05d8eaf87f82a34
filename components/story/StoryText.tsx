import { SourceList } from "@/components/details/SourceList";
import type { Story } from "@/lib/dataset/schema";

/**
 * The story band's text: where the reader is, the step's title, text and sources, or the story's title
 * before the first step. Shared by the band and by its stand-in shown while the band's code loads.
 */
export function StoryText({ story, position, sourceTitle }: { story: Story; position: number; sourceTitle: string }) {
  const step = story.steps[position];
  if (!step) {
    return (
      <>
        <p className="story-counter">Story · {story.steps.length} steps</p>
        <h2>{story.title}</h2>
      </>
    );
  }
  return (
    <>
      <p className="story-counter">
        Step {position + 1} of {story.steps.length} · <span className="muted">{story.title}</span>
      </p>
      <h2>{step.title}</h2>
      <p>{step.text}</p>
      <SourceList sources={step.sources} sourceTitle={sourceTitle} />
    </>
  );
}
