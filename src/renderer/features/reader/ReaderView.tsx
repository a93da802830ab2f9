// The reader: the article, highlighting by selection (toolbar or `h`), and its highlights beside it.
import { useCallback, useMemo, useRef, useState, type ReactElement } from 'react'
import { articlePlainText } from '../../../shared/model/text'
import type { HighlightColor } from '../../../shared/model/annotation'
import { createHighlight, deleteHighlight, recolorHighlight } from '../../db/highlights-repository'
import { useCommandTarget } from '../../commands/use-command-target'
import { useArticleHighlights } from '../annotations/use-article-highlights'
import { SelectionToolbar } from '../annotations/SelectionToolbar'
import { HighlightPopover } from '../annotations/HighlightPopover'
import { HighlightsPanel } from '../annotations/HighlightsPanel'
import { useExport } from '../export/use-export'
import { ArticleHeader } from './ArticleHeader'
import { ArticleText } from './ArticleText'
import { useArticle } from './use-article'
import { useTextSelection } from './use-text-selection'

/** The reading screen for one article. */
export function ReaderView({ articleId, onBack }: { articleId: string; onBack(): void }): ReactElement {
  const { meta, body } = useArticle(articleId)
  const highlights = useArticleHighlights(articleId)
  const text = useMemo(() => (body ? articlePlainText(body.blocks) : ''), [body])
  const articleRoot = useRef<HTMLElement>(null)
  const [selection, clearSelection] = useTextSelection(articleRoot, text)
  const [active, setActive] = useState<{ id: string; rect: DOMRect } | null>(null)
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow')
  const exporter = useExport()

  const highlightSelection = useCallback(
    (color?: HighlightColor) => {
      if (!selection) return
      const chosen = color ?? lastColor
      setLastColor(chosen)
      void createHighlight(articleId, text, selection.start, selection.end, chosen)
      clearSelection()
    },
    [selection, lastColor, articleId, text, clearSelection]
  )

  const exportMarkdown = useCallback(() => void exporter.exportArticles([articleId], 'md'), [exporter, articleId])
  const readerActions = useMemo(() => ({ highlightSelection, exportMarkdown, backToLibrary: onBack }), [highlightSelection, exportMarkdown, onBack])
  useCommandTarget('reader', readerActions)

  const onHighlightClick = useCallback((id: string, element: HTMLElement) => {
    if (window.getSelection()?.isCollapsed === false) return
    setActive({ id, rect: element.getBoundingClientRect() })
  }, [])

  const scrollToHighlight = useCallback((id: string) => {
    const mark = articleRoot.current?.querySelector<HTMLElement>(`[data-highlight-id="${CSS.escape(id)}"]`)
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    if (mark) setActive({ id, rect: mark.getBoundingClientRect() })
  }, [])

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
  if (!meta || !body) return <main className="reader-loading" aria-busy="true" />
  const activeHighlight = active ? highlights.find((highlight) => highlight.id === active.id) : undefined

  return (
    <div className="reader-layout">
      <nav className="reader-toolbar" aria-label="Reader">
        <button type="button" className="button" onClick={onBack}>
          ← Library
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={exportMarkdown}>
          Export Markdown
        </button>
      </nav>
      {exporter.status && (
        <p className="toast" role="status">
          {exporter.status}{' '}
          <button type="button" className="button small" onClick={exporter.dismiss}>
            Dismiss
          </button>
        </p>
      )}
      <main className="reader" ref={articleRoot} aria-label="Article">
        <article>
          <ArticleHeader meta={meta} />
          <ArticleText blocks={body.blocks} highlights={highlights} activeHighlightId={active?.id ?? null} onHighlightClick={onHighlightClick} />
        </article>
      </main>
      <HighlightsPanel highlights={highlights} onSelect={scrollToHighlight} />
      {selection && <SelectionToolbar rect={selection.rect} onHighlight={highlightSelection} />}
      {activeHighlight && active && !selection && (
        <HighlightPopover
          highlight={activeHighlight}
          rect={active.rect}
          onRecolor={(color) => void recolorHighlight(activeHighlight.id, color)}
          onRemove={() => {
            void deleteHighlight(activeHighlight.id)
            setActive(null)
          }}
          onClose={() => setActive(null)}
        />
      )}
    </div>
  )
}
