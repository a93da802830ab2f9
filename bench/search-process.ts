// Entry for `benchInFreshProcess`: the search benchmark alone, its figures on stdout as JSON.
import { benchSearch } from './search'

void benchSearch(Number(process.argv[2])).then((figures) => process.stdout.write(JSON.stringify(figures)))
