// The article's title and where it comes from.
import type { ReactElement } from 'react'
import type { ArticleMeta } from '../../../shared/model/article'
import { formatPublished } from '../library/format-date'
import { describeLength } from './core/reading-progress'

/** Title, then source · byline · date, then length and reading time. */
export function ArticleHeader({ meta }: { meta: ArticleMeta }): ReactElement {
  const published = formatPublished(meta.publishedAt, meta.publishedPartial)
  const facts = [meta.source, meta.byline, published].filter(Boolean)
  return (
    <header className="article-header">
      <h1>{meta.title}</h1>
      {facts.length > 0 && <p className="article-facts">{facts.join(' · ')}</p>}
      <p className="article-length">{describeLength(meta.wordCount)}</p>
    </header>
  )
}
