// The library's queries re-run after the articles change, but at a pace (PACE). An import
// commits a batch of articles every few hundred milliseconds, and re-reading and re-rendering the
// list after each commit (as a live query does) cost the page a fifth of its work during an
// import, measured in Chromium. Pacing by the reads' own duration took a further 0.05–0.09 s off the
// page's CPU per 1,000-file import. A change after a quiet spell still shows at once, and an
// import flushes when it ends, so its report never shows beside a list that is behind.
import { useEffect, useState, type DependencyList } from 'react'
import { onTablesChanged } from '../../db/table-changes'
import { startPacedRunner, type Pace } from './core/paced-runner'

// About a ninth of the time at most goes to re-reading, until reads take over 375 ms: the wait
// stops at 3 s, so no change waits longer than that for the list to show it.
export const PACE: Pace = { minimumMs: 400, durationMultiple: 8, maximumMs: 3000 }

const clock = {
  now: () => performance.now(),
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as number)
}

/** The query's latest result (undefined while the first is loading), refreshed after changes to articles or highlights. */
export function usePacedQuery<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ value?: T; error?: unknown }>({})
  useEffect(() => {
    let current = true
    const runner = startPacedRunner(
      async () => {
        try {
          const value = await query()
          if (current) setState({ value })
        } catch (error) {
          if (current) setState({ error })
        }
      },
      PACE,
      clock
    )
    const unsubscribe = onTablesChanged(['articles', 'highlights'], runner.changed, runner.flush)
    return () => {
      current = false
      unsubscribe()
      runner.stop()
    }
    // The caller's deps decide when the query itself changes, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  if (state.error !== undefined) throw state.error
  return state.value
}
