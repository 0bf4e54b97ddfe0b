import { en, vi } from "~/i18n/messages";
import styles from "./wallboard.module.css";

/** A wrong or revoked display token: said in both languages, since the screen's own is unknown. */
export default function TvRefused() {
  return (
    <main className={styles.refused} data-testid="tv-refused">
      <h1>{vi.tv.refused.title}</h1>
      <p>{vi.tv.refused.body}</p>
      <h1 lang="en">{en.tv.refused.title}</h1>
      <p lang="en">{en.tv.refused.body}</p>
    </main>
  );
}
