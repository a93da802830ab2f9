import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackupHandlers } from './backup-handlers'
import { fixtureLibrary } from '../../../shared/backup/test-library'
import { parseBackup } from '../../../shared/backup'
import type { HostDialogs } from '../export/host-dialogs'

const now = () => new Date(Date.UTC(2024, 5, 1))

function dialogsAt(path: string | null): HostDialogs {
  return { chooseSaveFile: async () => path, chooseFolder: async () => null, askReplace: async () => 'cancel', chooseOpenFile: async () => path }
}

describe('backup handlers', () => {
  it('hands the browser a download that reads back as the same library', async () => {
    const saved = await createBackupHandlers(undefined, now)['backup:save']({ data: fixtureLibrary() })
    expect(saved.download?.fileName).toBe('Gloss backup 2024-06-01.gloss.json')
    const parsed = parseBackup(saved.download!.content)
    expect(parsed.ok && parsed.value).toEqual(fixtureLibrary())
  })

  it('writes where the desktop save dialog says, and reads it back through the open dialog', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gloss-backup-')), 'library.json')
    const handlers = createBackupHandlers(dialogsAt(path), now)
    expect(await handlers['backup:save']({ data: fixtureLibrary() })).toEqual({ cancelled: false, savedTo: path, download: null })
    const opened = await handlers['backup:open']({})
    expect(opened.backup?.data).toEqual(fixtureLibrary())
    expect(opened.backup?.fileName).toBe('library.json')
  })

  it('refuses a truncated or foreign file with a sentence naming it', async () => {
    const handlers = createBackupHandlers(undefined, now)
    const text = (await handlers['backup:save']({ data: fixtureLibrary() })).download!.content
    await expect(handlers['backup:read']({ fileName: 'cut.json', text: text.slice(0, text.length / 2) })).rejects.toThrow(
      /^cut\.json: The backup file is incomplete/
    )
    await expect(
      handlers['backup:read']({ fileName: 'notes.json', text: '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection"}' })
    ).rejects.toThrow(/annotation export/)
    const path = join(mkdtempSync(join(tmpdir(), 'gloss-backup-')), 'photo.json')
    writeFileSync(path, '\u0089PNG garbage')
    await expect(createBackupHandlers(dialogsAt(path), now)['backup:open']({})).rejects.toThrow(/^photo\.json: The backup file is damaged/)
    expect(readFileSync(path, 'utf8')).toBe('\u0089PNG garbage')
  })

  it('reports a cancelled dialog as cancelled', async () => {
    const handlers = createBackupHandlers(dialogsAt(null), now)
    expect(await handlers['backup:save']({ data: fixtureLibrary() })).toEqual({ cancelled: true, savedTo: null, download: null })
    expect(await handlers['backup:open']({})).toEqual({ backup: null })
  })
})
