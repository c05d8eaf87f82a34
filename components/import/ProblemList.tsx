/** The problems of a failed import, each naming the file and, where it applies, the row or line and the column or field. */
import { formatImportProblem, type ImportProblem } from "@/lib/import/types";
import styles from "./Import.module.css";

export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <div role="alert" className={styles.problems}>
      <p>
        <strong>
          Nothing was imported: {problems.length} {problems.length === 1 ? "problem" : "problems"}
        </strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{formatImportProblem(p)}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
