import type { DemoProgress } from '../demo/demo.js';

/**
 * Progress of long CLI work (opening the store, migrations, the demo load, Stripe reconcile).
 * On a terminal it is one spinner line on stderr (ora), with a ✔ line per finished step; when
 * stdout or stderr is not a terminal (pipes, CI, systemd, `npm test`) it prints nothing, so
 * logs and scripted output stay what they were.
 */
export interface Progress {
  /** Shows `text` as the current step (starts the spinner, or changes its text). */
  step(text: string): void;
  /** Ends the current step with a persisted ✔ line. */
  done(text: string): void;
  /** Ends the current step with a persisted ✖ line. */
  fail(text: string): void;
  /** Removes the spinner line, if any. */
  stop(): void;
}

export const quietProgress: Progress = { step() {}, done() {}, fail() {}, stop() {} };

export function isInteractive(): boolean {
  // A terminal of 0 columns (some pseudo-terminals) would make the spinner's redraw loop forever.
  return (
    process.stdout.isTTY === true &&
    process.stderr.isTTY === true &&
    (process.stderr.columns ?? 0) > 0 &&
    !process.env.CI
  );
}

/** A spinner on a terminal, `quietProgress` elsewhere. ora is loaded only when it will draw. */
export async function terminalProgress(): Promise<Progress> {
  if (!isInteractive()) return quietProgress;
  const { default: ora } = await import('ora');
  // discardStdin off: raw stdin would swallow Ctrl+C while `serve` loads the demo.
  const spinner = ora({ stream: process.stderr, discardStdin: false });
  return {
    step(text) {
      if (spinner.isSpinning) spinner.text = text;
      else spinner.start(text);
    },
    done(text) {
      spinner.succeed(text);
    },
    fail(text) {
      spinner.fail(text);
    },
    stop() {
      spinner.stop();
    },
  };
}

/** Seconds since `started` (a `performance.now()`), for "… (12.3 s)". */
export function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/** The demo load's steps as ✔ lines with counts and durations. */
export function demoProgress(progress: Progress): DemoProgress {
  let started = performance.now();
  return {
    start(step, n, total) {
      started = performance.now();
      progress.step(`demo ${n}/${total}: ${step}…`);
    },
    done(step, made) {
      progress.done(`demo: ${step}: ${made} (${seconds(started)})`);
    },
  };
}
