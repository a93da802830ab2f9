import { describe, expect, it } from 'vitest'
import { startPacedRunner, type Clock, type Pace, type PacedRunner } from './paced-runner'

const PACE: Pace = { minimumMs: 400, durationMultiple: 8, maximumMs: 3000 }

/** A clock whose time and timers move only when told. */
function fakeClock(): Clock & { advance(ms: number): Promise<void> } {
  let time = 0
  let timers: { at: number; callback: () => void }[] = []
  const settle = async (): Promise<void> => {
    for (let tick = 0; tick < 5; tick++) await Promise.resolve()
  }
  return {
    now: () => time,
    setTimeout(callback, ms) {
      const timer = { at: time + ms, callback }
      timers.push(timer)
      return timer
    },
    clearTimeout(handle) {
      timers = timers.filter((timer) => timer !== handle)
    },
    async advance(ms) {
      const end = time + ms
      await settle()
      for (;;) {
        const due = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0]
        if (!due) break
        timers = timers.filter((timer) => timer !== due)
        time = due.at
        due.callback()
        await settle()
      }
      time = end
    }
  }
}

/** A runner whose every run lasts until `finish()` is called. */
function runnerFinishedByHand(clock: Clock): { starts: number[]; runner: PacedRunner; finish(): void } {
  const starts: number[] = []
  let finishRun: () => void = () => {}
  const runner = startPacedRunner(
    () => {
      starts.push(clock.now())
      return new Promise<void>((resolve) => (finishRun = resolve))
    },
    PACE,
    clock
  )
  return { starts, runner, finish: () => finishRun() }
}

describe('startPacedRunner', () => {
  it('runs at once, and at once again for a change after a quiet spell', async () => {
    const clock = fakeClock()
    const starts: number[] = []
    const runner = startPacedRunner(async () => void starts.push(clock.now()), PACE, clock)
    await clock.advance(1000)
    runner.changed()
    await clock.advance(0)
    expect(starts).toEqual([0, 1000])
  })

  it('coalesces a burst of changes into one run per pace', async () => {
    const clock = fakeClock()
    const starts: number[] = []
    const runner = startPacedRunner(async () => void starts.push(clock.now()), PACE, clock)
    for (let step = 0; step < 10; step++) {
      await clock.advance(100)
      runner.changed()
    }
    await clock.advance(1000)
    expect(starts).toEqual([0, 400, 800, 1200])
  })

  it('runs once more when a change comes during a run, and never after stop', async () => {
    const clock = fakeClock()
    const { starts, runner, finish } = runnerFinishedByHand(clock)
    runner.changed()
    await clock.advance(500)
    expect(starts).toEqual([0])
    // The pace counts from the end of the slow run: eight times its 500 ms, but at most 3 s.
    finish()
    await clock.advance(2999)
    expect(starts).toEqual([0])
    await clock.advance(1)
    expect(starts).toEqual([0, 3500])
    runner.stop()
    runner.changed()
    finish()
    await clock.advance(10_000)
    expect(starts).toEqual([0, 3500])
  })

  it('spaces runs by the least pace again once they are quick', async () => {
    const clock = fakeClock()
    const starts: number[] = []
    let duration = 100
    const runner = startPacedRunner(
      async () => {
        starts.push(clock.now())
        await new Promise<void>((resolve) => clock.setTimeout(resolve, duration))
      },
      PACE,
      clock
    )
    runner.changed()
    await clock.advance(2000)
    // 100 ms runs wait 800 ms; a 10 ms run waits the least pace of 400 ms.
    expect(starts).toEqual([0, 900])
    duration = 10
    runner.changed()
    await clock.advance(20)
    runner.changed()
    await clock.advance(2000)
    expect(starts).toEqual([0, 900, 2000, 2410])
  })

  it('runs at once on flush, pace or not, and right after a run in progress', async () => {
    const clock = fakeClock()
    const { starts, runner, finish } = runnerFinishedByHand(clock)
    await clock.advance(100)
    finish()
    await clock.advance(100)
    runner.changed()
    let flushed = false
    void runner.flush().then(() => (flushed = true))
    await clock.advance(0)
    expect(starts).toEqual([0, 200])
    expect(flushed).toBe(false)
    let flushedAgain = false
    void runner.flush().then(() => (flushedAgain = true))
    await clock.advance(50)
    expect(starts).toEqual([0, 200])
    finish()
    await clock.advance(0)
    expect(flushed).toBe(true)
    expect(flushedAgain).toBe(false)
    expect(starts).toEqual([0, 200, 250])
    finish()
    await clock.advance(0)
    expect(flushedAgain).toBe(true)
  })
})
