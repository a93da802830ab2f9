// Tag names as users type them become one canonical spelling, and renames follow the
// hierarchy (`diplomacy/border` is a child of `diplomacy`); pure, so storage and UI agree.

/** Separates the levels of a hierarchical tag name. */
export const TAG_SEPARATOR = '/'

/** The canonical spelling of a typed tag: no `#`, trimmed, single spaces, no empty levels; '' when nothing is left. */
export function normalizeTagName(raw: string): string {
  return raw
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .split(TAG_SEPARATOR)
    .map((level) => level.replace(/\s+/g, ' ').trim())
    .filter((level) => level !== '')
    .join(TAG_SEPARATOR)
}

/** The key under which two spellings of one tag are the same tag. */
export function tagKey(name: string): string {
  return normalizeTagName(name).toLowerCase()
}

/** Whether `name` is `ancestor` itself or one of its descendants. */
export function isSameOrChildTag(name: string, ancestor: string): boolean {
  const key = tagKey(name)
  const parent = tagKey(ancestor)
  return key === parent || key.startsWith(parent + TAG_SEPARATOR)
}

/** Normalised, case-insensitively distinct tags; the first spelling of each is kept. */
export function uniqueTags(names: readonly string[]): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const raw of names) {
    const name = normalizeTagName(raw)
    const key = name.toLowerCase()
    if (name === '' || seen.has(key)) continue
    seen.add(key)
    tags.push(name)
  }
  return tags
}

/** `name` after renaming `from` to `to`: the tag itself and its children move, others stay. */
export function renameTagName(name: string, from: string, to: string): string {
  if (!isSameOrChildTag(name, from)) return name
  const rest = normalizeTagName(name).slice(normalizeTagName(from).length)
  return normalizeTagName(to) + rest
}

/** A tag list after renaming (or merging, when `to` exists) `from` into `to`, still distinct. */
export function renameInTagList(tags: readonly string[], from: string, to: string): string[] {
  return uniqueTags(tags.map((tag) => renameTagName(tag, from, to)))
}

/** A tag list without `name`; its children stay, as they are tags of their own. */
export function removeFromTagList(tags: readonly string[], name: string): string[] {
  const key = tagKey(name)
  return tags.filter((tag) => tagKey(tag) !== key)
}

/** Existing tags matching what the user has typed: prefix matches of any level first, then substrings. */
export function suggestTags(existing: readonly string[], typed: string, exclude: readonly string[] = [], limit = 8): string[] {
  const query = tagKey(typed)
  const excluded = new Set(exclude.map(tagKey))
  const candidates = uniqueTags(existing).filter((tag) => !excluded.has(tag.toLowerCase()))
  if (query === '') return candidates.slice(0, limit)
  const rank = (tag: string): number => {
    const key = tag.toLowerCase()
    if (key.startsWith(query)) return 0
    if (key.split(TAG_SEPARATOR).some((level) => level.startsWith(query))) return 1
    return key.includes(query) ? 2 : 3
  }
  return candidates
    .map((tag) => ({ tag, rank: rank(tag) }))
    .filter((entry) => entry.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.tag.localeCompare(b.tag))
    .slice(0, limit)
    .map((entry) => entry.tag)
}
