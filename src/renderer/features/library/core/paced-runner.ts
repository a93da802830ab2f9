// Runs an async job again after changes, leaving a pace between the end of one run and the start
// of the next: the first change after a quiet spell runs it at once, a burst of changes runs it
// once more per pace, and a change while it runs queues one more run. The pace grows with the
// job's own duration, so a job that has become slow (a large library, a busy machine during an
// import) takes a bounded share of the time rather than running back to back. Pure scheduling;
// the clock and timers are passed in for tests.

export interface Clock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** The wait between runs: a multiple of the last run's duration, kept between a least and a most. */
export interface Pace {
  minimumMs: number
  durationMultiple: number
  /** One slow run (a stalled disk, a background tab) must not hold later changes back for long. */
  maximumMs: number
}

export interface PacedRunner {
  /** Notes a change: the job will run again within the pace. */
  changed(): void
  /** Runs the job now (or right after the run in progress), pace or not; resolves once that run is done. */
  flush(): Promise<void>
  /** Stops: no further runs. */
  stop(): void
}

/** Runs `job` now, and again after each `changed()` as the pace allows. */
export function startPacedRunner(job: () => Promise<void>, pace: Pace, clock: Clock): PacedRunner {
  let stopped = false
  let running = false
  let rerun = false
  let urgent = false
  let flushWaiters: (() => void)[] = []
  let lastEnd = -Infinity
  let wait = pace.minimumMs
  let timer: unknown = null

  const run = async (): Promise<void> => {
    if (running) {
      rerun = true
      return
    }
    running = true
    const start = clock.now()
    // Those who asked for a flush before this run began are answered when it ends.
    const answered = flushWaiters
    flushWaiters = []
    try {
      await job()
    } finally {
      for (const resolve of answered) resolve()
      running = false
      lastEnd = clock.now()
      wait = Math.min(pace.maximumMs, Math.max(pace.minimumMs, (lastEnd - start) * pace.durationMultiple))
      if (urgent && !stopped) {
        urgent = false
        rerun = false
        void run()
      } else if (rerun && !stopped) {
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
      Math.max(0, lastEnd + wait - clock.now())
    )
  }
  void run()
  const flush = (): Promise<void> => {
    if (stopped) return Promise.resolve()
    if (timer !== null) clock.clearTimeout(timer)
    timer = null
    const done = new Promise<void>((resolve) => flushWaiters.push(resolve))
    if (running) urgent = true
    else void run()
    return done
  }
  return {
    changed: schedule,
    flush,
    stop() {
      stopped = true
      for (const resolve of flushWaiters) resolve()
      flushWaiters = []
      if (timer !== null) clock.clearTimeout(timer)
      timer = null
    }
  }
}
