// Public face of anchoring: describing a selection and finding it again in changed text.
export { describeRange } from './describe-range'
export { anchor, type AnchorOptions } from './anchor'
export { reanchorAll } from './reanchor'
export { ORPHAN, type AnchorResult } from './types'
