// Adds up CI's checks, Vitest's and Playwright's JSON reports into the closing line
// "N passed, N failed[, N skipped]" and exits non-zero when anything failed or did not report.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [folder, checksPassed, checksFailed] = process.argv.slice(2)
let passed = Number(checksPassed)
let failed = Number(checksFailed)
let skipped = 0

const unitPath = join(folder, 'unit.json')
if (existsSync(unitPath)) {
  const unit = JSON.parse(readFileSync(unitPath, 'utf8'))
  passed += unit.numPassedTests
  failed += unit.numFailedTests + (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0 ? unit.numFailedTestSuites : 0)
  skipped += unit.numPendingTests + unit.numTodoTests
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`)
} else {
  console.log('unit: no report (the run crashed)')
  failed += 1
}

const e2ePath = join(folder, 'e2e.json')
if (existsSync(e2ePath)) {
  const { stats } = JSON.parse(readFileSync(e2ePath, 'utf8'))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected
  skipped += stats.skipped
  console.log(
    `e2e: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped (Electron specs skip where its binary is missing)`
  )
} else {
  console.log('e2e: no report (the run crashed)')
  failed += 1
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
