// The XML inside EPUB and DOCX archives (container.xml, OPF, NCX, core.xml) read into plain
// objects, safely: no DOCTYPE survives, so no declared entity can expand.
import { XMLParser } from 'fast-xml-parser'

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['item', 'itemref', 'rootfile', 'navPoint', 'creator', 'title', 'date', 'language'].includes(name)
})

/** Parses XML from an archive entry; DOCTYPEs are dropped so that no declared entity can expand. */
export function parseXml(bytes: Uint8Array): Record<string, unknown> {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '')
  return xmlParser.parse(text) as Record<string, unknown>
}
