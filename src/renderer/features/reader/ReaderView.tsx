// The reader: the article, highlighting by selection (toolbar or `h`), and its highlights beside it.
import { useCallback, useMemo, useRef, type CSSProperties, type ReactElement } from 'react'
import { articlePlainText } from '../../../shared/model/text'
import { useCommandTarget } from '../../commands/use-command-target'
import { useReaderAnnotations } from '../annotations/use-reader-annotations'
import { ReaderAnnotations } from '../annotations/ReaderAnnotations'
import { useExport } from '../export/use-export'
import { ExportStatusToast } from '../export/ExportStatusToast'
import { ArticleHeader } from './ArticleHeader'
import { ArticleText } from './ArticleText'
import { useArticle } from './use-article'
import { useTextSelection } from './use-text-selection'
import { ReaderToolbar } from './ReaderToolbar'
import { ReadingProgressBar } from './ReadingProgressBar'
import { useReaderSettings } from './use-reader-settings'
import { useReaderNavigation } from './use-reader-navigation'
import { useReadingProgress } from './use-reading-progress'
import { readerStyleVariables } from './core/reader-settings'
import { ReaderSearch } from '../search/ReaderSearch'
import { useArticleTextActions } from '../import/use-article-text-actions'
import { ArticleTextActions } from '../import/ArticleTextActions'

const NO_BLOCKS: [] = []

/** The reading screen for one article. */
export function ReaderView({ articleId, onBack }: { articleId: string; onBack(): void }): ReactElement {
  const { meta, body } = useArticle(articleId)
  const text = useMemo(() => (body ? articlePlainText(body.blocks) : ''), [body])
  const articleRoot = useRef<HTMLElement>(null)
  const [selection, clearSelection] = useTextSelection(articleRoot, text)
  const annotations = useReaderAnnotations({ articleId, text, selection, clearSelection, articleRoot })
  const { highlights, active } = annotations
  const exporter = useExport()
  const textActions = useArticleTextActions(articleId)
  const { settings, update: updateSettings } = useReaderSettings()
  const navigation = useReaderNavigation(articleRoot, body?.blocks ?? NO_BLOCKS, highlights, active?.id ?? null)
  const progress = useReadingProgress(articleRoot, articleId, meta?.progress, !!meta && !!body && !!settings)

  const exportMarkdown = useCallback(() => void exporter.exportArticles([articleId], 'md'), [exporter, articleId])
  const readerActions = useMemo(() => ({ ...navigation, exportMarkdown, backToLibrary: onBack }), [navigation, exportMarkdown, onBack])
  useCommandTarget('reader', readerActions)

  if (meta === null) {
    return (
      <main className="reader-missing">
        <p>This article is no longer in the library.</p>
        <button type="button" className="button" onClick={onBack}>
          Back to the library
        </button>
      </main>
    )
  }
  if (!meta || !body || !settings) return <main className="reader-loading" aria-busy="true" />

  return (
    <div className="reader-layout" data-theme={settings.theme} style={readerStyleVariables(settings) as CSSProperties}>
      <ReaderToolbar
        body={body}
        settings={settings}
        onSettingsChange={updateSettings}
        onBack={onBack}
        onExportMarkdown={exportMarkdown}
        onGoToBlock={navigation.goToBlock}
        onRestoreOriginal={() => void textActions.restoreOriginal()}
      />
      <ReadingProgressBar progress={progress} />
      <ExportStatusToast status={exporter.status} onDismiss={exporter.dismiss} />
      <ReaderSearch articleRoot={articleRoot} text={text} ready={!!body} />
      <main className="reader" ref={articleRoot} aria-label="Article">
        <ArticleTextActions actions={textActions} />
        <article>
          <ArticleHeader meta={meta} />
          <ArticleText
            blocks={body.blocks}
            highlights={highlights}
            activeHighlightId={active?.id ?? navigation.highlightCursor}
            onHighlightClick={annotations.onHighlightClick}
          />
        </article>
      </main>
      <ReaderAnnotations annotations={annotations} />
    </div>
  )
}
