"use client";

import { useId, useRef, useState } from "react";
import type { Messages } from "~/i18n/messages";
import controls from "~/components/controls.module.css";
import { Section } from "~/components/section";
import section from "~/components/section.module.css";
import styles from "./tv-displays.module.css";

type M = Messages["admin"]["tvDisplays"];

/** The new display's link, shown once (only its hash is stored): copy it, open it, or close this box. */
export function CreatedLink({
  name,
  url,
  onDismiss,
  m,
}: {
  name: string;
  url: string;
  onDismiss: () => void;
  m: M;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      input.current?.select();
      setCopy("failed");
    }
  };
  return (
    <Section
      headingId={`${id}-heading`}
      title={`${m.createdHeading} “${name}”`}
      className={styles.created}
      testId="created-link"
    >
      <p className={section.help}>{m.linkOnce}</p>
      <div className={styles.linkRow}>
        <label htmlFor={`${id}-url`} className="visually-hidden">
          {m.linkLabel}
        </label>
        <input
          id={`${id}-url`}
          ref={input}
          className={styles.linkInput}
          value={url}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          data-testid="display-url"
        />
        <button type="button" className={controls.button} onClick={() => void copyLink()}>
          {copy === "copied" ? m.copied : m.copy}
        </button>
        <a className={controls.button} href={url} target="_blank" rel="noopener noreferrer">
          {m.open}
        </a>
        <button type="button" className={controls.button} onClick={onDismiss}>
          {m.dismiss}
        </button>
      </div>
      <p className={section.help} role="status">
        {copy === "failed" ? m.copyFailed : copy === "copied" ? m.copied : ""}
      </p>
      <p className={section.help}>{m.options}</p>
    </Section>
  );
}
