// "Export a tag" includes its nested tags (exporting `diplomacy` takes `diplomacy/border`), the
// same in the app and on the command line.
import { isSameOrChildTag } from '../tags/tag-names'

/** Whether an article or highlight with `tags` belongs to the tag `name`, nested tags included. */
export function hasTagInScope(tags: readonly string[], name: string): boolean {
  return tags.some((tag) => isSameOrChildTag(tag, name))
}
