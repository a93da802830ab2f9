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
      </span>
    </a>
  )
}
