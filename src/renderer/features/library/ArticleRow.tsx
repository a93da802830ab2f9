// One article in the library list.
import type { ReactElement } from 'react'
import type { ArticleMeta } from '../../../shared/model/article'
import { formatPublished } from './format-date'

/** A row with the title and the facts a reader scans for. */
export function ArticleRow({ article, onOpen }: { article: ArticleMeta; onOpen(id: string): void }): ReactElement {
  const published = formatPublished(article.publishedAt, article.publishedPartial)
  const highlights = `${article.highlightCount} highlight${article.highlightCount === 1 ? '' : 's'}`
  return (
    <a
      className="article-row"
      href={`#/article/${article.id}`}
      data-testid="article-row"
      onClick={(event) => {
        event.preventDefault()
        onOpen(article.id)
      }}
    >
      <span className="article-row-title">{article.title}</span>
      <span className="article-row-facts">
        {article.source && <span className="fact-source">{article.source}</span>}
        {published && <span>{published}</span>}
        <span>{article.wordCount.toLocaleString('en')} words</span>
        <span data-testid="highlight-count">{highlights}</span>
        <span className={`fact-state state-${article.readingState}`} data-testid="reading-state">
          {readingLabel(article)}
        </span>
        {article.tags.length > 0 && (
          <span className="fact-tags" aria-label={`Tags: ${article.tags.join(', ')}`}>
            {article.tags.slice(0, MAX_TAGS_SHOWN).map((tag) => (
              <span key={tag} className="fact-tag">
                #{tag}
              </span>
            ))}
            {article.tags.length > MAX_TAGS_SHOWN && <span className="fact-tag">+{article.tags.length - MAX_TAGS_SHOWN}</span>}
          </span>
        )}
      </span>
      {article.readingState === 'reading' && (
        <span className="article-row-progress" style={{ width: `${Math.round(article.progress * 100)}%` }} aria-hidden="true" />
      )}
    </a>
  )
}

// A row has room for a few tags; the rest are counted, and all are in the label.
const MAX_TAGS_SHOWN = 3

function readingLabel(article: ArticleMeta): string {
  if (article.readingState === 'reading') return `Reading ${Math.round(article.progress * 100)}%`
  return article.readingState === 'finished' ? 'Finished' : 'New'
}
