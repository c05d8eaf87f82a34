"use client";
/**
 * What stands in for the Story region while its code loads: the same text and layout, inert (neither
 * focusable nor read out), so the charts below do not move when the region arrives.
 */
import { useDashboard, useViewField } from "@/components/dashboard/viewContext";
import type { Story } from "@/lib/dataset/schema";
import { stepPosition } from "@/lib/story/steps";
import { StoryText } from "./StoryText";

export function StoryShell({ story }: { story: Story }) {
  const { index } = useDashboard();
  const position = stepPosition(index, useViewField("step"));
  return (
    <div className="story panel" inert>
      <div className="story-text">
        <StoryText story={story} position={position} sourceTitle={index.dataset.source?.title ?? "the source"} />
      </div>
      <div className="story-nav">
        <button type="button" className="button" disabled>
          Previous step
        </button>
        <button type="button" className="button" disabled>
          Next step
        </button>
        {position >= 0 && <span className="link-button">Leave story</span>}
      </div>
    </div>
  );
}
