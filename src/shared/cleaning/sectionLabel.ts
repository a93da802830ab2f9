// A news page copied whole may file its story under a section named above the headline
// ("Conservatives" over "Sunak faces fresh pressure over budget as MPs demand tax cuts").

// A section's name as a news page sets it: one word ("Conservatives", "Opinion", "Israel-Gaza").
// Two or three are as often a short headline over its standfirst ("Inflation falls again").
const SECTION_LABEL = /^\p{Lu}[\p{L}\p{N}’'&-]*$/u
// A book's or a course's divisions head their own text: "Chapter One" above "The Storm" stays.
const NOT_A_SECTION =
  /^(?:chapter|part|book|act|scene|volume|episode|lesson|step|appendix|prologue|epilogue|introduction|preface|foreword|kapitel|teil|chapitre|partie|capítulo|capitolo|parte|hoofdstuk|deel|minutes|agenda|invitation|obituary|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[IVXLC]+)(?![\p{L}])/iu

// A news headline is a sentence of six words or more: "A Sonnet" or "The Modern Prometheus" under
// one word is a subtitle under its title.
const MIN_HEADLINE_WORDS = 6

/** Whether `line` may be the section a news page files the story under, above `headline`. */
export function maySectionHead(line: string, headline: string): boolean {
  return SECTION_LABEL.test(line) && !NOT_A_SECTION.test(line) && headline !== '' && headline.split(/\s+/).length >= MIN_HEADLINE_WORDS
}
