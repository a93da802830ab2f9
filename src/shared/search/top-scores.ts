// Keeps the best `limit` of many scored items with a small min-heap, so ranking thousands of
// matches costs n·log(limit), not a full sort.

/** The highest-scoring items offered so far. */
export class TopScores {
  private readonly items: number[] = []
  private readonly scores: number[] = []

  constructor(private readonly limit: number) {}

  /** Considers an item; kept only while among the best `limit`. */
  offer(item: number, score: number): void {
    if (this.limit <= 0) return
    if (this.items.length < this.limit) {
      this.items.push(item)
      this.scores.push(score)
      this.siftUp(this.items.length - 1)
    } else if (score > this.scores[0]!) {
      this.items[0] = item
      this.scores[0] = score
      this.siftDown(0)
    }
  }

  /** The kept items with their scores, best first. */
  ranked(): [number, number][] {
    return this.items.map((item, index): [number, number] => [item, this.scores[index]!]).sort((a, b) => b[1] - a[1] || a[0] - b[0])
  }

  private swap(a: number, b: number): void {
    ;[this.items[a], this.items[b]] = [this.items[b]!, this.items[a]!]
    ;[this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!]
  }

  private siftUp(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (this.scores[parent]! <= this.scores[index]!) return
      this.swap(parent, index)
      index = parent
    }
  }

  private siftDown(index: number): void {
    for (;;) {
      const left = index * 2 + 1
      const right = left + 1
      let smallest = index
      if (left < this.items.length && this.scores[left]! < this.scores[smallest]!) smallest = left
      if (right < this.items.length && this.scores[right]! < this.scores[smallest]!) smallest = right
      if (smallest === index) return
      this.swap(smallest, index)
      index = smallest
    }
  }
}
