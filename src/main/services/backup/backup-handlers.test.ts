import { describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackupHandlers } from './backup-handlers'
import { fixtureLibrary } from '../../../shared/backup/test-library'
import { parseBackup, serializeBackup } from '../../../shared/backup'
import type { HostDialogs } from '../export/host-dialogs'

const now = () => new Date(Date.UTC(2024, 5, 1))

function dialogsAt(path: string | null, offered: string[] = []): HostDialogs {
  return {
    chooseSaveFile: async (_title, defaultName) => {
      offered.push(defaultName)
      return path
    },
    chooseFolder: async () => null,
    askReplace: async () => 'cancel',
    chooseOpenFile: async () => path
  }
}

function fileWith(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gloss-backup-')), name)
  writeFileSync(path, content)
  return path
}

describe('backup handlers', () => {
  it('leaves the previous backup whole when writing a new one fails', async () => {
    const path = fileWith('library.json', 'the previous backup')
    const handlers = createBackupHandlers(dialogsAt(path), now)
    const data = fixtureLibrary()
    // A value JSON cannot write stops the backup part way through.
    ;(data.bodies[0] as unknown as { size: bigint }).size = 1n
    await expect(handlers['backup:save']({ data })).rejects.toThrow()
    expect(readFileSync(path, 'utf8')).toBe('the previous backup')
    expect(existsSync(`${path}.partial`)).toBe(false)
  })

  it('writes where the desktop save dialog says, and reads it back through the open dialog', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gloss-backup-')), 'library.json')
    const offered: string[] = []
    const handlers = createBackupHandlers(dialogsAt(path, offered), now)
    expect(await handlers['backup:save']({ data: fixtureLibrary() })).toEqual({ savedTo: path })
    expect(offered).toEqual(['Gloss backup 2024-06-01.gloss.json'])
    const written = parseBackup(readFileSync(path, 'utf8'))
    expect(written.ok && written.value).toEqual(fixtureLibrary())
    const opened = await handlers['backup:open']({})
    expect(opened.backup?.data).toEqual(fixtureLibrary())
    expect(opened.backup?.fileName).toBe('library.json')
  })

  it('refuses a truncated or foreign file with a sentence naming it, and leaves the file alone', async () => {
    const text = serializeBackup(fixtureLibrary())
    const open = (path: string) => createBackupHandlers(dialogsAt(path), now)['backup:open']({})
    await expect(open(fileWith('cut.json', text.slice(0, text.length / 2)))).rejects.toThrow(/^cut\.json: The backup file is incomplete/)
    await expect(open(fileWith('notes.json', '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection"}'))).rejects.toThrow(
      /annotation export/
    )
    const photo = fileWith('photo.json', '\u0089PNG garbage')
    await expect(open(photo)).rejects.toThrow(/^photo\.json: The backup file is damaged/)
    expect(readFileSync(photo, 'utf8')).toBe('\u0089PNG garbage')
  })

  it('reports a cancelled dialog as cancelled', async () => {
    const handlers = createBackupHandlers(dialogsAt(null), now)
    expect(await handlers['backup:save']({ data: fixtureLibrary() })).toEqual({ savedTo: null })
    expect(await handlers['backup:open']({})).toEqual({ backup: null })
  })

  it('refuses both channels in the browser mode, which writes and reads backup files itself', async () => {
    const handlers = createBackupHandlers(undefined, now)
    await expect(handlers['backup:save']({ data: fixtureLibrary() })).rejects.toThrow(/downloads backups/)
    await expect(handlers['backup:open']({})).rejects.toThrow(/use the file picker/)
  })
})
