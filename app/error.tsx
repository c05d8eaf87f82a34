"use client";
import Link from "next/link";

/** The last line of defence: something failed while rendering; say so and offer a way back. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="state-page">
      <h1>Something went wrong</h1>
      <p>The dashboard could not be shown: {error.message || "an unexpected error occurred"}.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/">Open the default dataset</Link>
      </p>
    </main>
  );
}
