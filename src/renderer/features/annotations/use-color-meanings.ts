// What each highlight colour means to this user, live, for the legend, the toolbar and exports.
import { useCallback } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { DEFAULT_COLOR_MEANINGS, type HighlightColor } from '../../../shared/model/annotation'
import { getColorMeanings, renameColorMeaning } from '../../db/color-meanings-repository'

/** Every colour's meaning (the user's names, else the defaults while loading or unset). */
export function useColorMeanings(): Record<HighlightColor, string> {
  return useLiveQuery(getColorMeanings, []) ?? DEFAULT_COLOR_MEANINGS
}

/** Renames what a colour means; an empty name restores the default. */
export function useRenameColorMeaning(): (color: HighlightColor, meaning: string) => void {
  return useCallback((color, meaning) => void renameColorMeaning(color, meaning), [])
}
