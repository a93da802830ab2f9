// Runs one benchmark in a process of its own. The search worker has a heap of its own in the app,
// so its timings must not inherit the garbage, the JIT state and the open databases that earlier
// benchmarks leave in this process.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import type { Figure } from './measure'

/** Runs `bench/<entry>` with `args` under the same Node flags (tsx); it prints its figures as JSON. */
export function benchInFreshProcess(entry: string, args: readonly string[]): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...process.execArgv, join(__dirname, entry), ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${entry} failed: ${stderr || error.message}`))
      resolve(JSON.parse(stdout) as Figure[])
    })
  })
}
