// The settings repository against fake-indexeddb, one database per test.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, useDatabaseForTests } from './database'
import { getSetting, saveSetting, updateSetting } from './settings-repository'

let counter = 0
beforeEach(() => useDatabaseForTests(openDatabase(`gloss-settings-test-${counter++}`)))

describe('settings', () => {
  it('are undefined until saved, then read back', async () => {
    expect(await getSetting('reader')).toBeUndefined()
    await saveSetting('reader', { fontSize: 23 })
    expect(await getSetting('reader')).toEqual({ fontSize: 23 })
  })

  it('update from the stored value, keeping other keys apart', async () => {
    await saveSetting('reader', { fontSize: 23 })
    await saveSetting('other', 1)
    const next = await updateSetting('reader', (stored) => ({ ...(stored as object), theme: 'sepia' }))
    expect(next).toEqual({ fontSize: 23, theme: 'sepia' })
    expect(await getSetting('reader')).toEqual({ fontSize: 23, theme: 'sepia' })
    expect(await getSetting('other')).toBe(1)
  })
})
