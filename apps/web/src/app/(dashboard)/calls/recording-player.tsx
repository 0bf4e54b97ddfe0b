"use client";

import { useRef, useState } from "react";
import { fillTemplate } from "~/filters/fill-template";
import type { Messages } from "~/i18n/messages";
import { formatDuration } from "~/format/duration";
import controls from "~/components/controls.module.css";
import styles from "./recording-player.module.css";

const SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;
const SKIP_SECONDS = 10;

/**
 * Plays a call's recording through the app's own proxy (/api/recordings/<id>, which forwards Range so seeking
 * works); AntRing's signed address never reaches the page. Nothing is fetched until Play (preload="none"), so
 * merely opening a call neither downloads audio nor counts as a play in the audit log.
 */
export function RecordingPlayer({ callId, messages: m }: { callId: string; messages: Messages["calls"] }) {
  const src = `/api/recordings/${encodeURIComponent(callId)}`;
  const audioRef = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [loading, setLoading] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState<number | null>(null);
  const [speed, setSpeed] = useState<number>(1);
  const [failed, setFailed] = useState(false);

  const audio = () => audioRef.current;
  const seekTo = (seconds: number) => {
    const element = audio();
    if (!element) return;
    const end = Number.isFinite(element.duration) ? element.duration : Number.POSITIVE_INFINITY;
    element.currentTime = Math.max(0, Math.min(end, seconds));
    setTime(element.currentTime);
  };
  const togglePlay = () => {
    const element = audio();
    if (!element) return;
    if (element.paused) {
      setFailed(false);
      element.play().catch(() => {
        // a refused or failed start surfaces through the element's error event, or not at all (user cancelled)
      });
    } else element.pause();
  };

  const known = duration !== null && Number.isFinite(duration);
  const position = fillTemplate(m.player.position, {
    time: formatDuration(time),
    duration: known ? formatDuration(duration) : "–:––",
  });
  return (
    <section className={styles.player} aria-label={m.player.label} data-testid="recording-player">
      <audio
        ref={audioRef}
        src={src}
        preload="none"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onWaiting={() => setLoading(true)}
        onLoadStart={() => setLoading(true)}
        onCanPlay={() => setLoading(false)}
        onPlaying={() => setLoading(false)}
        onTimeUpdate={(event) => setTime(event.currentTarget.currentTime)}
        onDurationChange={(event) => setDuration(event.currentTarget.duration)}
        onLoadedMetadata={(event) => setDuration(event.currentTarget.duration)}
        onError={() => {
          setFailed(true);
          setLoading(false);
          setPlaying(false);
        }}
      />
      <div className={styles.controls}>
        <button
          type="button"
          className={`${controls.button} ${styles.skip} ${styles.play}`}
          onClick={togglePlay}
          aria-label={playing ? m.player.pause : m.player.play}
          data-testid="player-toggle"
        >
          <span aria-hidden="true">{playing ? "❚❚" : "▶"}</span>
        </button>
        <button
          type="button"
          className={`${controls.button} ${styles.skip}`}
          onClick={() => seekTo(time - SKIP_SECONDS)}
          aria-label={m.player.back10}
          data-testid="player-back"
        >
          <span aria-hidden="true">−10</span>
        </button>
        <input
          type="range"
          className={styles.seek}
          min={0}
          max={known ? duration : 0}
          step={0.1}
          value={Math.min(time, known ? duration : 0)}
          disabled={!known}
          aria-label={m.player.seek}
          aria-valuetext={position}
          onChange={(event) => seekTo(Number(event.target.value))}
          data-testid="player-seek"
        />
        <button
          type="button"
          className={`${controls.button} ${styles.skip}`}
          onClick={() => seekTo(time + SKIP_SECONDS)}
          aria-label={m.player.forward10}
          data-testid="player-forward"
        >
          <span aria-hidden="true">+10</span>
        </button>
        <span className={styles.time} data-testid="player-time">
          {position}
        </span>
      </div>
      <div className={styles.options}>
        <label>
          {m.player.speed}{" "}
          <select
            className={controls.select}
            value={speed}
            onChange={(event) => {
              const next = Number(event.target.value);
              setSpeed(next);
              const element = audio();
              if (element) {
                // The default survives the element (re)loading its source; the current rate applies now.
                element.defaultPlaybackRate = next;
                element.playbackRate = next;
              }
            }}
            data-testid="player-speed"
          >
            {SPEEDS.map((choice) => (
              <option key={choice} value={choice}>
                {choice}×
              </option>
            ))}
          </select>
        </label>
        <a href={src} download className={styles.download}>
          {m.player.download}
        </a>
      </div>
      {loading && !failed && <p className={controls.note}>{m.player.loading}</p>}
      {failed && (
        <p className={controls.error} role="alert">
          {m.player.failed}
        </p>
      )}
    </section>
  );
}
