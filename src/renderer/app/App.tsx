// The app shell: one screen at a time, one shortcut dispatcher for every command.
import { useCallback, useRef, type ReactElement } from 'react'
import { LibraryView } from '../features/library/LibraryView'
import { ReaderView } from '../features/reader/ReaderView'
import { CommandTargetContext, useShortcutDispatcher } from '../commands/use-command-target'
import type { CommandTarget } from '../commands/command'
import { useRoute } from './use-route'

/** The root component. */
export function App(): ReactElement {
  const [route, navigate] = useRoute()
  const target = useRef<CommandTarget>({})
  useShortcutDispatcher(target)
  const openArticle = useCallback((articleId: string) => navigate({ name: 'reader', articleId }), [navigate])
  const backToLibrary = useCallback(() => navigate({ name: 'library' }), [navigate])
  return (
    <CommandTargetContext.Provider value={target}>
      {route.name === 'reader' ? <ReaderView key={route.articleId} articleId={route.articleId} onBack={backToLibrary} /> : <LibraryView onOpen={openArticle} />}
    </CommandTargetContext.Provider>
  )
}
