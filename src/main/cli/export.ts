// `npm run export -- BACKUP --format md --out PATH`: exports annotations from a backup file
// without the UI, through the same export service as the app. Documented in the README.
import { parseArgs } from 'node:util'
import { describeExportCounts } from '../../shared/export'
import { ExportFormatSchema } from '../../shared/ipc/export-schemas'
import { parseBackupScope } from '../services/export/articles-from-backup'
import { exportFromBackup } from '../services/export/export-from-backup'

const USAGE = `usage: npm run export -- BACKUP_FILE --format md|csv|w3c|html [--scope all|article:ID|tag:NAME] --out PATH [--single-file] [--include-text] [--force]`

function usageError(message: string): void {
  process.stderr.write(`gloss export: ${message}\n${USAGE}\n`)
  process.exitCode = 2
}

async function main(): Promise<void> {
  let parsed
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((argument) => argument !== '--'),
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        scope: { type: 'string', default: 'all' },
        out: { type: 'string' },
        'single-file': { type: 'boolean', default: false },
        'include-text': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false }
      }
    })
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1) return usageError('give exactly one backup file')
  const format = ExportFormatSchema.safeParse(values.format)
  if (!format.success) return usageError(`unknown or missing --format ${values.format ?? ''} (md, csv, w3c or html)`.trim())
  const scope = parseBackupScope(values.scope)
  if (!scope) return usageError(`unknown scope “${values.scope}” (all, article:ID or tag:NAME)`)
  if (!values.out) return usageError('--out is required')
  try {
    const report = await exportFromBackup({
      backupPath: positionals[0]!,
      format: format.data,
      scope,
      out: values.out,
      singleFile: values['single-file'],
      force: values.force,
      includeArticleText: values['include-text']
    })
    process.stdout.write(`Exported ${describeExportCounts(report)} to ${values.out}\n`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`gloss export: ${message}${/already exist/.test(message) && !/--force/.test(message) ? ' (use --force to replace)' : ''}\n`)
    process.exitCode = 1
  }
}

void main()
