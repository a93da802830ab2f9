// The particles of names ("de", "van", "la"…), written before the name's capital: glued to it in
// names ("deGrasse", "vanGogh"), and in English text common words of other languages that are no
// sign of those languages ("Juan de la Cruz", "Virgil van Dijk").
import { wordSet } from './wordSet'

export const NAME_PARTICLES: ReadonlySet<string> = wordSet('de di da du del della dos das la las le los lo van von der den mac mc al el')
