// Public face of near-duplicate detection: signatures, their similarity, and a library index.
export { documentSignature } from './document-signature'
export { signature, SIGNATURE_LENGTH, SIGNATURE_HASHES, SHINGLE_LETTERS } from './minhash'
export { estimateSimilarity, estimateJaccard, estimateContainment } from './similarity'
export { DuplicateIndex, DUPLICATE_THRESHOLD, type DuplicateMatch } from './duplicate-index'
