"use client";
import { Component, createContext, type ReactNode } from "react";

/** How many times the nearest boundary has retried; lazily loaded parts start a fresh import for each. */
export const RetryAttempt = createContext(0);

interface Props {
  /** What failed, as the reader knows it ("The network", "Details"). */
  name: string;
  /** Show the message inside a region of this name, so the page keeps its landmark (e.g. "Network"). */
  region?: string;
  children: ReactNode;
}

/**
 * Keeps a failure local: when a part throws (a chunk that did not load, a worker that broke), only that
 * part is replaced, by a short message and a Retry button; the rest of the dashboard keeps working.
 */
export class PartBoundary extends Component<Props, { failed: boolean; attempt: number }> {
  state = { failed: false, attempt: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  retry = () => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));

  render() {
    if (!this.state.failed) return <RetryAttempt.Provider value={this.state.attempt}>{this.props.children}</RetryAttempt.Provider>;
    const message = (
      <div role="alert" className="part-error">
        {this.props.name} could not be loaded.{" "}
        <button type="button" className="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    );
    return this.props.region ? (
      <section aria-label={this.props.region} className="panel">
        {message}
      </section>
    ) : (
      message
    );
  }
}
