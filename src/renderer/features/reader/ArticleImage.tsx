// A picture the article's file held, drawn from the data address stored with it: nothing is
// fetched. It has no text, so selections and highlights pass over it.
import type { ReactElement } from 'react'
import type { InlineImage } from '../../../shared/model/images'

/** An image block; a record whose picture was lost keeps its place, empty. */
export function ArticleImage({ image, start }: { image: InlineImage | undefined; start: number }): ReactElement {
  return (
    // data-offset places a selection that starts or ends on the picture (see selection-offsets).
    <figure className="block block-image" tabIndex={-1} data-offset={start}>
      {image && <img src={image.src} alt={image.alt} loading="lazy" decoding="async" draggable={false} />}
    </figure>
  )
}
