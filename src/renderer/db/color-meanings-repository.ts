// What each highlight colour means to this user, kept in the settings table so the legend,
// the reader and exports all name colours the same way.
import { DEFAULT_COLOR_MEANINGS, type HighlightColor } from '../../shared/model/annotation'
import { COLOR_MEANINGS_SETTING_KEY } from '../../shared/backup'
import { database } from './database'
import { normalizeSetting } from './restore'

/** Every colour's meaning: the user's, else the default. */
export async function getColorMeanings(): Promise<Record<HighlightColor, string>> {
  const record = await database().settings.get(COLOR_MEANINGS_SETTING_KEY)
  const normalized = normalizeSetting(record ?? { key: COLOR_MEANINGS_SETTING_KEY, value: {} })
  return (normalized?.value as Record<HighlightColor, string> | undefined) ?? { ...DEFAULT_COLOR_MEANINGS }
}

/** Renames what a colour means; an empty meaning restores the default. */
export async function renameColorMeaning(color: HighlightColor, meaning: string): Promise<void> {
  const db = database()
  await db.transaction('rw', db.settings, async () => {
    const meanings = await getColorMeanings()
    meanings[color] = meaning.replace(/\s+/g, ' ').trim() || DEFAULT_COLOR_MEANINGS[color]
    await db.settings.put({ key: COLOR_MEANINGS_SETTING_KEY, value: meanings })
  })
}
