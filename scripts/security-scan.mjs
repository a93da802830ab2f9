// Static Electron security scan with Electronegativity. Its command line exits 0 even on HIGH
// findings, so this runs it through its Node API, reads the SARIF report it writes, and fails on
// any finding of medium severity or above that is not reviewed, with a reason, in
// security-review.json. SARIF carries no severity, so each finding's severity comes from the
// API's own result (its CSV writer races its header against its rows, so the CSV is not used).
import { mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const runElectronegativity = require('@doyensec/electronegativity')
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version
const sarifPath = join(mkdtempSync(join(tmpdir(), 'gloss-scan-')), 'electronegativity.sarif')

const { issues } = await runElectronegativity({
  input: 'src',
  output: sarifPath,
  isSarif: true,
  isRelative: true,
  electronVersionOverride: electronVersion,
  severitySet: 'informational',
  confidenceSet: 'tentative'
})
/** The SARIF report, once complete: the API returns before its asynchronous write finishes. */
async function readSarif() {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return JSON.parse(readFileSync(sarifPath, 'utf8'))
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`Electronegativity wrote no readable SARIF report at ${sarifPath}`)
}

const severityOf = (ruleId, file, line) =>
  issues.find((issue) => issue.id === ruleId && issue.file.endsWith(file) && Math.max(issue.location.line, 1) === line)?.severity.name ?? 'UNKNOWN'

const blocking = new Set(['MEDIUM', 'HIGH', 'CRITICAL'])
const reviewed = JSON.parse(readFileSync('security-review.json', 'utf8')).reviewed
const results = (await readSarif()).runs[0].results
let open = 0
for (const result of results) {
  const location = result.locations[0].physicalLocation
  const file = location.artifactLocation.uri
  const severity = severityOf(result.ruleId, file, location.region.startLine)
  const isReviewed = reviewed.some((entry) => entry.ruleId === result.ruleId && entry.file === file)
  // A finding whose severity cannot be read is treated as blocking rather than ignored.
  const blocks = (blocking.has(severity) || severity === 'UNKNOWN') && !isReviewed
  if (blocks) open += 1
  console.log(`${blocks ? 'OPEN' : isReviewed ? 'reviewed' : 'low'}: ${severity} ${result.ruleId} ${file}:${location.region.startLine} ${result.message.text}`)
}
if (results.length !== issues.length) {
  console.log(`electronegativity: the SARIF report has ${results.length} findings but the scan found ${issues.length}`)
  open += 1
}
console.log(`electronegativity: ${results.length} findings, ${open} of medium severity or above not reviewed`)
process.exit(open > 0 ? 1 : 0)
