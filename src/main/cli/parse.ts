// `npm run parse -- PATH...`: the import pipeline without the UI, printing one JSON document
// {"documents": [...]} on stdout. A public interface, documented in the README.
import { importPaths } from '../services/import/import-files'
import { createInProcessPool } from '../services/import/parse-pool'

async function main(): Promise<void> {
  const paths = process.argv.slice(2).filter((argument) => argument !== '--')
  if (paths.length === 0) {
    process.stderr.write('usage: npm run --silent parse -- PATH...\n')
    process.exitCode = 2
    return
  }
  const documents = await importPaths(paths, createInProcessPool())
  process.stdout.write(JSON.stringify({ documents }, null, 2) + '\n')
}

void main()
