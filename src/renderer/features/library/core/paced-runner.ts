// Runs an async job again after changes, leaving at least a pace between the end of one run and
// the start of the next (so a slow job is not run back to back): the first change after a quiet
// spell runs it at once, a burst of changes runs it once more per pace, and a change while it
// runs queues one more run. Pure scheduling; the clock and timers are passed in for tests.

export interface Clock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface PacedRunner {
  /** Notes a change: the job will run again within the pace. */
  changed(): void
  /** Stops: no further runs. */
  stop(): void
}

/** Runs `job` now, and again after each `changed()` as the pace allows. */
export function startPacedRunner(job: () => Promise<void>, paceMs: number, clock: Clock): PacedRunner {
  let stopped = false
  let running = false
  let rerun = false
  let lastEnd = -Infinity
  let timer: unknown = null

  const run = async (): Promise<void> => {
    if (running) {
      rerun = true
      return
    }
    running = true
    try {
      await job()
    } finally {
      running = false
      lastEnd = clock.now()
      if (rerun && !stopped) {
        rerun = false
        schedule()
      }
    }
  }
  const schedule = (): void => {
    if (timer !== null || stopped) return
    timer = clock.setTimeout(
      () => {
        timer = null
        void run()
      },
      Math.max(0, lastEnd + paceMs - clock.now())
    )
  }
  void run()
  return {
    changed: schedule,
    stop() {
      stopped = true
      if (timer !== null) clock.clearTimeout(timer)
      timer = null
    }
  }
}
