// Builds a minimal valid .docx in memory for tests: [Content_Types].xml, _rels/.rels,
// word/document.xml with styled paragraphs, word/styles.xml naming the styles, and
// docProps/core.xml with metadata.
import { strToU8, zipSync } from 'fflate'

/** One paragraph of a test document: its text and Word style id (Heading1, ListParagraph, Quote…). */
export interface TestParagraph {
  text: string
  style?: string
  /** Marks the paragraph as a bulleted list item (numbering id 1). */
  bullet?: boolean
  /** Inline code after the text, in pandoc's "Verbatim Char" character style, then more text. */
  code?: { code: string; after: string }
  /** A picture the paragraph holds (after its text), stored in word/media. */
  image?: { data: Uint8Array; extension: 'png' | 'emf'; alt: string }
}

const IMAGE_TYPES = { png: 'image/png', emf: 'image/x-emf' }
const DRAWING_NAMESPACES =
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

function drawing(id: number, alt: string): string {
  return (
    `<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="${id}" name="Picture ${id}" descr="${alt}"/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rIdImg${id}"/></pic:blipFill></pic:pic>` +
    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  )
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

// Names Word gives its built-in styles; localised Word keeps the names but translates the ids (Zitat).
const STYLE_NAMES: Record<string, string> = {
  Heading1: 'heading 1',
  Heading2: 'heading 2',
  Quote: 'Quote',
  IntenseQuote: 'Intense Quote',
  Zitat: 'Quote',
  Title: 'Title'
}

/** Zips a Word document with the given paragraphs and core properties. */
export function makeDocx(paragraphs: TestParagraph[], core = { title: 'Quarterly Notes', creator: 'Bo Writer', created: '2021-09-30T12:00:00Z' }): Uint8Array {
  const images = paragraphs.flatMap((paragraph, index) => (paragraph.image ? [{ id: index + 1, ...paragraph.image }] : []))
  const body = paragraphs
    .map(({ text, style, bullet, image, code }, index) => {
      const properties = [style ? `<w:pStyle w:val="${style}"/>` : '', bullet ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''].join('')
      const picture = image ? drawing(index + 1, image.alt) : ''
      const inlineCode = code
        ? `<w:r><w:rPr><w:rStyle w:val="VerbatimChar"/></w:rPr><w:t xml:space="preserve">${code.code}</w:t></w:r><w:r><w:t xml:space="preserve">${code.after}</w:t></w:r>`
        : ''
      return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r>${inlineCode}${picture}</w:p>`
    })
    .join('')
  const media = Object.fromEntries(images.map((image) => [`word/media/image${image.id}.${image.extension}`, image.data]))
  const imageTypes = [...new Set(images.map((image) => image.extension))]
    .map((extension) => `<Default Extension="${extension}" ContentType="${IMAGE_TYPES[extension]}"/>`)
    .join('')
  const imageRelationships = images
    .map(
      (image) =>
        `<Relationship Id="rIdImg${image.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${image.id}.${image.extension}"/>`
    )
    .join('')
  return zipSync({
    ...media,
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${imageTypes}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${imageRelationships}</Relationships>`
    ),
    'word/numbering.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${Object.entries(STYLE_NAMES)
        .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`)
        .join('')}<w:style w:type="character" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char"/></w:style></w:styles>`
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" ${DRAWING_NAMESPACES}><w:body>${body}</w:body></w:document>`
    ),
    'docProps/core.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${core.title}</dc:title><dc:creator>${core.creator}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created></cp:coreProperties>`
    )
  })
}
