// The article's title and where it comes from.
import { Fragment, type ReactElement } from 'react'
import { ArticleLink } from './ArticleLink'
import { siteOf } from '../../../shared/model/links'
import type { ArticleMeta } from '../../../shared/model/article'
import { formatPublished } from '../library/format-date'
import { describeLength } from './core/reading-progress'

/** Title, then source · byline · date, then length and reading time. */
export function ArticleHeader({ meta }: { meta: ArticleMeta }): ReactElement {
  const published = formatPublished(meta.publishedAt, meta.publishedPartial)
  // The source names where the article came from; with the article's address, it leads there.
  const source = meta.url !== null ? <ArticleLink href={meta.url}>{meta.source ?? siteOf(meta.url)} ↗</ArticleLink> : meta.source
  const facts = [source, meta.byline, published].filter((fact) => fact !== null && fact !== '')
  return (
    <header className="article-header">
      <h1>{meta.title}</h1>
      {facts.length > 0 && (
        <p className="article-facts">
          {facts.map((fact, index) => (
            <Fragment key={index}>
              {index > 0 && ' · '}
              {fact}
            </Fragment>
          ))}
        </p>
      )}
      <p className="article-length">{describeLength(meta.wordCount)}</p>
    </header>
  )
}
