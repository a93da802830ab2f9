// Static Electron security scan with Electronegativity. It exits 0 even on HIGH findings, so this
// reads its SARIF output and fails on any finding of medium severity or above that has not been
// reviewed, with a reason, in security-review.json. SARIF carries no severity, so each finding's
// severity is looked up in the CSV report of the same scan.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const folder = mkdtempSync(join(tmpdir(), 'gloss-scan-'))
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version

function scan(output) {
  const run = spawnSync('npx', ['electronegativity', '-i', 'src', '-r', '-e', electronVersion, '-o', output], { encoding: 'utf8' })
  if (run.status !== 0) {
    console.error(run.stderr)
    process.exit(1)
  }
}
scan(join(folder, 'scan.sarif'))
scan(join(folder, 'scan.csv'))

const csv = readFileSync(join(folder, 'scan.csv'), 'utf8')
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
/** The severity the CSV report gives a finding (its samples may hold control characters, so no line splitting). */
function severityOf(ruleId, file, line) {
  const match = new RegExp(`${escape(ruleId)},"([A-Z]+)","[A-Z]+","${escape(file)}","${line}:`).exec(csv)
  return match?.[1] ?? 'UNKNOWN'
}

const blocking = new Set(['MEDIUM', 'HIGH', 'CRITICAL'])
const reviewed = JSON.parse(readFileSync('security-review.json', 'utf8')).reviewed
const results = JSON.parse(readFileSync(join(folder, 'scan.sarif'), 'utf8')).runs[0].results
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
console.log(`electronegativity: ${results.length} findings, ${open} of medium severity or above not reviewed`)
process.exit(open > 0 ? 1 : 0)
