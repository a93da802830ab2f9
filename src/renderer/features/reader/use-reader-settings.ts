// The reader's typography settings, live from the settings repository (normalised on read), and
// a way to change them that shows each change at once (a slider must not wait for the database).
import { useCallback, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { getSetting, updateSetting } from '../../db/settings-repository'
import { normalizeReaderSettings, type ReaderSettings } from './core/reader-settings'

const READER_SETTINGS_KEY = 'reader'

/** The settings (undefined while loading) and a function applying and saving a change. */
export function useReaderSettings(): { settings: ReaderSettings | undefined; update(change: Partial<ReaderSettings>): void } {
  const stored = useLiveQuery(async () => normalizeReaderSettings(await getSetting(READER_SETTINGS_KEY)), [])
  const [changed, setChanged] = useState<ReaderSettings | undefined>(undefined)
  const settings = changed ?? stored
  const update = useCallback(
    (change: Partial<ReaderSettings>) => {
      setChanged(normalizeReaderSettings({ ...settings, ...change }))
      void updateSetting(READER_SETTINGS_KEY, (previous) => normalizeReaderSettings({ ...normalizeReaderSettings(previous), ...change }))
    },
    [settings]
  )
  return { settings, update }
}
