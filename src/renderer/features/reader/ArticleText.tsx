// Renders the article's blocks with highlights painted as flat <mark> runs. Each run carries
// its plain-text offset (data-start) so selections map back to the stored text exactly.
import { memo, useMemo, type ReactElement } from 'react'
import type { Block } from '../../../shared/model/document'
import type { Highlight } from '../../../shared/model/annotation'
import { DEFAULT_COLOR_MEANINGS } from '../../../shared/model/annotation'
import { blockOffsets, isNumberedItem } from '../../../shared/model/text'
import { groupBySpan, segmentBlock, type Segment, type Span } from './core/segments'
import { ArticleImage } from './ArticleImage'
import { ArticleLink } from './ArticleLink'

const TAG_BY_KIND = {
  heading: 'h2',
  paragraph: 'p',
  caption: 'figcaption',
  quote: 'blockquote',
  'list-item': 'li',
  summary: 'p',
  code: 'pre',
  image: 'figure'
} as const

interface Props {
  blocks: readonly Block[]
  highlights: readonly Highlight[]
  activeHighlightId: string | null
  onHighlightClick(id: string, element: HTMLElement): void
}

/** The article's text with its highlights. */
export function ArticleText({ blocks, highlights, activeHighlightId, onHighlightClick }: Props): ReactElement {
  const offsets = useMemo(() => blockOffsets(blocks), [blocks])
  const byId = useMemo(() => new Map(highlights.filter((h) => !h.orphaned).map((h) => [h.id, h])), [highlights])
  const spansByBlock = useMemo(() => highlightsByBlock(blocks, offsets, highlights), [blocks, offsets, highlights])
  return (
    <div className="article-text">
      {blocks.map((block, index) => {
        const start = offsets[index]!
        // Each block only re-renders when a highlight touching it changes.
        const spans = spansByBlock[index]!
        return (
          <BlockView
            key={index}
            block={block}
            start={start}
            spans={spans}
            spanKey={spans.map((h) => `${h.id}:${h.start}:${h.end}:${h.color}${h.id === activeHighlightId ? ':active' : ''}`).join('|')}
            byId={byId}
            activeHighlightId={activeHighlightId}
            onHighlightClick={onHighlightClick}
          />
        )
      })}
    </div>
  )
}

/** The placed highlights touching each block, found by binary search over block starts (not blocks × highlights). */
function highlightsByBlock(blocks: readonly Block[], offsets: readonly number[], highlights: readonly Highlight[]): Highlight[][] {
  const byBlock: Highlight[][] = blocks.map(() => [])
  const blockAt = (position: number): number => {
    let low = 0
    let high = offsets.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (offsets[middle]! <= position) low = middle
      else high = middle - 1
    }
    return low
  }
  for (const highlight of highlights) {
    if (highlight.orphaned || highlight.end <= highlight.start) continue
    for (let index = blockAt(highlight.start); index < blocks.length && offsets[index]! < highlight.end; index++) {
      if (highlight.start < offsets[index]! + blocks[index]!.text.length) byBlock[index]!.push(highlight)
    }
  }
  return byBlock
}

interface BlockProps {
  block: Block
  start: number
  spans: readonly Span[]
  spanKey: string
  byId: ReadonlyMap<string, Highlight>
  activeHighlightId: string | null
  onHighlightClick(id: string, element: HTMLElement): void
}

const BlockView = memo(
  function BlockView({ block, start, spans, byId, activeHighlightId, onHighlightClick }: BlockProps): ReactElement {
    if (block.kind === 'image') return <ArticleImage image={block.image} start={start} />
    const Tag = TAG_BY_KIND[block.kind]
    const links = block.links ?? []
    const code = block.codeSpans ?? []
    const runs = groupBySpan(segmentBlock(block.text, start, spans, [...links, ...code]), start, links)
    const draw = (segment: Segment): ReactElement => {
      if (segment.highlightIds.length === 0) {
        return (
          <span key={segment.start} data-start={segment.start}>
            {segment.text}
          </span>
        )
      }
      // The most recently made highlight on top decides the colour of an overlap.
      const top = segment.highlightIds.map((id) => byId.get(id)!).sort((a, b) => b.createdAt - a.createdAt)[0]!
      const active = segment.highlightIds.includes(activeHighlightId ?? '')
      return (
        <mark
          key={segment.start}
          data-start={segment.start}
          data-highlight-id={top.id}
          className={`highlight highlight-${top.color}${segment.highlightIds.length > 1 ? ' overlap' : ''}${active ? ' active' : ''}`}
          title={`${DEFAULT_COLOR_MEANINGS[top.color]} (${top.color})`}
          onClick={(event) => {
            // A highlight on a link opens the highlight; Ctrl/⌘-click opens the link instead.
            if ((event.ctrlKey || event.metaKey) && event.currentTarget.closest('a')) return
            event.preventDefault()
            onHighlightClick(top.id, event.currentTarget)
          }}
        >
          {segment.text}
        </mark>
      )
    }
    // Inline code wraps its runs from outside, so each run still holds one text node.
    const drawWithCode = (segments: readonly Segment[]): ReactElement[] =>
      groupBySpan(segments, start, code).flatMap((run) =>
        run.span === null
          ? run.segments.map(draw)
          : [
              <code key={`code-${run.segments[0]!.start}`} className="inline-code">
                {run.segments.map(draw)}
              </code>
            ]
      )
    return (
      // Focusable (not tabbable) so j/k can move a visible focus ring from block to block.
      <Tag className={`block block-${block.kind}${isNumberedItem(block) ? ' numbered' : ''}`} tabIndex={-1}>
        {runs.map((run) =>
          run.span === null ? (
            drawWithCode(run.segments)
          ) : (
            <ArticleLink key={`link-${run.segments[0]!.start}`} href={run.span.href}>
              {drawWithCode(run.segments)}
            </ArticleLink>
          )
        )}
      </Tag>
    )
  },
  (before, after) => before.block === after.block && before.start === after.start && before.spanKey === after.spanKey
)
