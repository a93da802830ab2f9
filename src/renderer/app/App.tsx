// The app shell: one screen at a time, one shortcut dispatcher for every command.
import { useCallback, useRef, type ReactElement } from 'react'
import { LibraryView } from '../features/library/LibraryView'
import { NotebookView } from '../features/notebook/NotebookView'
import { ReaderView } from '../features/reader/ReaderView'
import { CommandTargetContext, useShortcutDispatcher } from '../commands/use-command-target'
import type { CommandTarget } from '../commands/command'
import { useRoute } from './use-route'
import { AppOverlays } from './AppOverlays'
import { useSystemTheme } from '../ui/use-system-theme'
import { ExportProvider } from '../features/export/ExportProvider'
import { BackupProvider } from '../features/backup/BackupProvider'
import { ImportProvider } from '../features/import/ImportProvider'

/** The root component. */
export function App(): ReactElement {
  const [route, navigate] = useRoute()
  const target = useRef<CommandTarget>({})
  useShortcutDispatcher(target)
  useSystemTheme()
  const openArticle = useCallback((articleId: string) => navigate({ name: 'reader', articleId }), [navigate])
  const backToLibrary = useCallback(() => navigate({ name: 'library' }), [navigate])
  return (
    <CommandTargetContext.Provider value={target}>
      <ExportProvider currentArticleId={route.name === 'reader' ? route.articleId : null}>
        <BackupProvider>
          <ImportProvider floatStatus={route.name !== 'library'}>
            {route.name === 'reader' ? (
              <ReaderView key={route.articleId} articleId={route.articleId} onBack={backToLibrary} />
            ) : route.name === 'notebook' ? (
              <NotebookView />
            ) : (
              <LibraryView onOpen={openArticle} />
            )}
            <AppOverlays />
          </ImportProvider>
        </BackupProvider>
      </ExportProvider>
    </CommandTargetContext.Provider>
  )
}
