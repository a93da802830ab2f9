import { describe, expect, it } from 'vitest'
import type { Block, Removal } from '../model/document'
import { dropPageTail } from './pageTail'

const paragraph = (text: string): Block => ({ kind: 'paragraph', text })
const heading = (text: string): Block => ({ kind: 'heading', text })
const item = (text: string): Block => ({ kind: 'list-item', text })

const STORY = [
  paragraph('The Greek cabinet agreed on yet another round of austerity measures today.'),
  paragraph('An official sign-off from the Troika is still not official, and parliament must still vote.')
]

function tailOf(blocks: Block[]): { kept: Block[]; removed: Removal[] } {
  const removed: Removal[] = []
  return { kept: dropPageTail(blocks, removed), removed }
}

describe('dropPageTail', () => {
  it("reads a numbered list's items by their words, not their numbers", () => {
    const { kept, removed } = tailOf([...STORY, item('1. Share'), item('2. Via Engadget')])
    expect(kept).toEqual(STORY)
    expect(removed.map((removal) => removal.text)).toEqual(['1. Share', '2. Via Engadget'])
  })

  it('drops the prompts, tickers and box headings after the story, recording each as page furniture', () => {
    const furniture = [
      paragraph('Please follow Money Game on Twitter and Facebook. Follow Linette Lopez on Twitter.'),
      paragraph('To embed this post, copy the code below and paste into your website or blog.'),
      heading('Your Money'),
      paragraph('NYSE Composite'),
      paragraph('6,727'),
      paragraph('(+0.656%)'),
      paragraph('© 2011 CNBC.com'),
      paragraph('10 réactions'),
      item('Via Engadget'),
      paragraph('You can no longer send messages to this person. Learn more'),
      heading('Startup Document Center')
    ]
    const { kept, removed } = tailOf([...STORY, ...furniture])
    expect(kept).toEqual(STORY)
    expect(removed).toEqual(furniture.map((block) => ({ kind: 'page-furniture', text: block.text })))
  })

  it("keeps a story's own last sentences that share a prompt's words", () => {
    const endings = [
      paragraph('She hoped to become a doctor.'),
      paragraph('He wanted more from life than people like us.'),
      paragraph('The newsletter landed in every inbox that week.'),
      paragraph('Millions sign up every year.'),
      paragraph('Share prices closed 2% lower on Friday.'),
      paragraph('Subscribers will get refunds next month.'),
      paragraph('Follow the money.'),
      paragraph('Like us, they had nowhere else to go.'),
      paragraph('Voters say they want to see more.'),
      paragraph('Like Facebook, Twitter now faces an antitrust suit.'),
      paragraph('Copyright law has not kept pace with AI.'),
      paragraph('Pipe it through cat log | grep error.'),
      paragraph('3-1'),
      paragraph('政府将在明年实施新的税收政策，以减轻中小企业的负担')
    ]
    for (const ending of endings) expect(tailOf([...STORY, ending]).kept).toEqual([...STORY, ending])
  })

  it('keeps a closing list, in any script, with the heading that introduces it', () => {
    const lists = [
      [heading("What you'll need"), item('a sharp knife'), item('olive oil')],
      [heading('主要措施'), item('政府将在明年实施新的税收政策，以减轻中小企业的负担'), item('降低小微企业所得税')]
    ]
    for (const list of lists) expect(tailOf([...STORY, ...list])).toEqual({ kept: [...STORY, ...list], removed: [] })
  })

  it('keeps furniture-like lines inside the story, and a signature or section that ends it', () => {
    const blocks = [
      paragraph('Subscribe to the newsletter!'),
      ...STORY,
      heading('What comes next'),
      paragraph('The vote is expected on Thursday.'),
      paragraph('최윤호 기자 uknow@donga.com')
    ]
    expect(tailOf(blocks)).toEqual({ kept: blocks, removed: [] })
  })

  it('takes figures and their short labels for furniture only with more of the page after them', () => {
    expect(tailOf([...STORY, paragraph('S&P 500'), paragraph('1,130'), heading('Markets')]).kept).toEqual(STORY)
    expect(tailOf([...STORY, paragraph('S&P 500'), paragraph('1,130')]).kept).toEqual([...STORY, paragraph('S&P 500'), paragraph('1,130')])
    expect(tailOf([...STORY, paragraph('Jefferson Graham')]).kept).toEqual([...STORY, paragraph('Jefferson Graham')])
  })

  it('keeps a page that is all furniture as it is', () => {
    const blocks = [paragraph('Connect'), paragraph('Subscribe Now'), heading('Direct Messages')]
    expect(tailOf(blocks)).toEqual({ kept: blocks, removed: [] })
  })

  it('keeps story endings that read like prompts: advice, a quotation, a list of sources, a barred timetable', () => {
    const story: Block[] = [
      paragraph('The sailing school opens in May and takes beginners of every age, the club said on Monday.'),
      { kind: 'quote', text: 'Follow me to the coast when the war is over.' },
      paragraph('Open late: Tuesday | Thursday'),
      paragraph('Get started early.'),
      paragraph('Become a sailor.'),
      heading('Sources'),
      item('Source: City parks department tree register, 2014'),
      item('Via the Open Trees project')
    ]
    expect(tailOf(story)).toEqual({ kept: story, removed: [] })
  })

  it('drops a row of footer links at the end of a page', () => {
    const story = [paragraph('The river is cleaner than it has been for fifty years, the survey found.')]
    expect(tailOf([...story, paragraph('Privacy Policy | Terms of Use')])).toEqual({
      kept: story,
      removed: [{ kind: 'page-furniture', text: 'Privacy Policy | Terms of Use' }]
    })
  })
})
