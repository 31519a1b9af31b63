import { describe, expect, it } from 'vitest'

import { bodyHtml, type BodyImage } from '@/richText/bodyHtml'

import {
  paragraphNode as paragraph,
  richText as doc,
  textNode as text,
  uploadNode,
  type LexicalNode as Node,
} from '../helpers/richText'

const heading = (tag: string, value: string): Node => ({
  type: 'heading',
  version: 1,
  tag,
  children: [text(value)],
})
const quote = (...children: Node[]): Node => ({ type: 'quote', version: 1, children })
const item = (...children: Node[]): Node => ({ type: 'listitem', version: 1, value: 1, children })
const list = (listType: 'bullet' | 'number' | 'check', ...children: Node[]): Node => ({
  type: 'list',
  version: 1,
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  start: 1,
  children,
})
const link = (url: string, label = 'link', fields: Node = {}): Node => ({
  type: 'link',
  version: 3,
  fields: { url, linkType: 'custom', newTab: false, ...fields },
  children: [text(label)],
})
const upload = (value: unknown) => uploadNode(value)

const image: BodyImage = {
  url: 'https://xeberdar.example/media/avtovagzal-1200.webp',
  width: 1200,
  height: 800,
  alt: 'Avtovağzalda gözləyən qadın',
}
/** Media 7 is an image with alt text in the reader's language; anything else cannot be shown. */
const imageOf = (value: unknown): BodyImage | null =>
  value === 7 || (value as { id?: unknown } | null)?.id === 7 ? image : null
const html = (data: unknown, resolve = imageOf) => bodyHtml(data, { imageOf: resolve })

/** The tags and attributes a body may carry; everything else is unsafe, whatever was stored. */
const allowedTags = new Set(
  'h1 h2 h3 h4 h5 h6 p br hr blockquote ul ol li strong b em i u s sub sup code a img'.split(' '),
)
const allowedAttributes: Record<string, string[]> = {
  a: ['href', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height'],
}
const expectSafe = (output: string | null) => {
  for (const [tag, name, attributes] of (output ?? '').matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
    expect(allowedTags.has(name), tag).toBe(true)
    // Every attribute as name="value" (quotes inside values escaped), and only allowed ones.
    expect(attributes, tag).toMatch(/^(\s[a-z]+="[^"<>]*")*( \/)?$/)
    const attributeNames = [...attributes.matchAll(/\s([a-z]+)="/g)].map(([, found]) => found)
    expect(allowedAttributes[name] ?? [], tag).toEqual(expect.arrayContaining(attributeNames))
    expect(attributes, tag).not.toMatch(/\s(href|src)="(?!https?:\/\/|mailto:|tel:)/i)
  }
}

describe('body HTML', () => {
  it('should tell unsafe HTML from safe (the check the other tests rely on)', () => {
    expectSafe('<p>a <a href="https://x.example/" rel="noopener noreferrer">b</a></p><hr />')
    for (const bad of [
      '<script>alert(1)</script>',
      '<p onclick="x">a</p>',
      '<p style="color: red">a</p>',
      '<a href="javascript:alert(1)">a</a>',
      '<a href="//evil.example/">a</a>',
      '<img src="data:image/png;base64,x" />',
      '<img src=x onerror=alert(1)>',
      '<iframe></iframe>',
    ])
      expect(() => expectSafe(bad), bad).toThrow()
  })

  it('should give a story body in Azerbaijani as clean HTML: headings, a list, a quote, a link and an image', () => {
    const story = doc(
      heading('h2', 'Bakıdan Dubaya: “iş təklifi”'),
      paragraph(
        text('Ləman 19 yaşında idi, '),
        text('ofisiant işi', 1),
        text(' vəd edən elana cavab verəndə. Pasportunu '),
        text('gəldiyi gün', 2),
        text(' əlindən aldılar.'),
      ),
      upload(7),
      heading('h3', 'Şübhəli əlamətlər'),
      list(
        'bullet',
        item(text('Pasportu “saxlamaq üçün” istəyirlər')),
        item(text('Maaş çox yüksəkdir, müqavilə yoxdur')),
        item(text('Yol pulunu “sonra” ödəyəcəksiniz')),
      ),
      quote(text('Ağlıma da gəlməzdi ki, qayıtmaq bu qədər çətin olacaq.')),
      paragraph(
        text('Şübhə etdiyiniz təklif varsa, '),
        link('https://xeberdar.example/az/yardim', 'yardım səhifəsinə'),
        text(' baxın və ya 152-yə zəng edin.'),
      ),
    )
    expectSafe(html(story))
    expect(html(story)).toMatchInlineSnapshot(
      `"<h2>Bakıdan Dubaya: “iş təklifi”</h2><p>Ləman 19 yaşında idi, <strong>ofisiant işi</strong> vəd edən elana cavab verəndə. Pasportunu <em>gəldiyi gün</em> əlindən aldılar.</p><img alt="Avtovağzalda gözləyən qadın" height="800" src="https://xeberdar.example/media/avtovagzal-1200.webp" width="1200" /><h3>Şübhəli əlamətlər</h3><ul><li>Pasportu “saxlamaq üçün” istəyirlər</li><li>Maaş çox yüksəkdir, müqavilə yoxdur</li><li>Yol pulunu “sonra” ödəyəcəksiniz</li></ul><blockquote>Ağlıma da gəlməzdi ki, qayıtmaq bu qədər çətin olacaq.</blockquote><p>Şübhə etdiyiniz təklif varsa, <a href="https://xeberdar.example/az/yardim" rel="noopener noreferrer">yardım səhifəsinə</a> baxın və ya 152-yə zəng edin.</p>"`,
    )
  })

  it('should keep every format the editor writes, as tags rather than styles', () => {
    const formats = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, sub: 32, sup: 64 }
    expect(
      html(doc(paragraph(...Object.entries(formats).map(([name, bit]) => text(name, bit))))),
    ).toBe(
      '<p><strong>bold</strong><em>italic</em><s>strike</s><u>underline</u><code>code</code><sub>sub</sub><sup>sup</sup></p>',
    )
    expect(html(doc(paragraph(text('a'), { type: 'linebreak', version: 1 }, text('b'))))).toBe(
      '<p>a<br />b</p>',
    )
    expect(html(doc(paragraph(text('a')), { type: 'horizontalrule', version: 1 }))).toBe(
      '<p>a</p><hr />',
    )
    // Every heading level the editor offers; a level it does not becomes h1 (Payload's rule).
    for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
      expect(html(doc(heading(tag, 'Başlıq')))).toBe(`<${tag}>Başlıq</${tag}>`)
    expect(html(doc(heading('script', 'Başlıq')))).toBe('<h1>Başlıq</h1>')
  })

  it('should show text as text, whatever markup it contains', () => {
    const output = html(
      doc(
        paragraph(
          text('<script>alert(1)</script>'),
          text('<img src=x onerror="alert(1)">', 1),
          text('"><svg onload=alert(1)>'),
        ),
        heading('h2', '<iframe src="javascript:alert(1)"></iframe>'),
      ),
    )
    expectSafe(output)
    expect(output).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;<strong>&lt;img src=x onerror="alert(1)"&gt;</strong>"&gt;&lt;svg onload=alert(1)&gt;</p><h2>&lt;iframe src="javascript:alert(1)"&gt;&lt;/iframe&gt;</h2>',
    )
  })

  it('should keep links to the web, mail and phone, and keep any other link as its text', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \tjavascript:alert(1)',
      'java\nscript:alert(1)',
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      '/az/relative',
      '#top',
      '',
    ]
    for (const url of hostile) {
      const output = html(doc(paragraph(link(url, 'bax'))))
      expectSafe(output)
      expect(output, url).toBe('<p>bax</p>')
    }
    expect(html(doc(paragraph(link('mailto:yardim@xeberdar.example', 'yazın'))))).toBe(
      '<p><a href="mailto:yardim@xeberdar.example">yazın</a></p>',
    )
    expect(html(doc(paragraph(link('tel:152', 'zəng edin'))))).toBe(
      '<p><a href="tel:152">zəng edin</a></p>',
    )
    // An attribute cannot be closed early from inside the address.
    const quoted = html(doc(paragraph(link('https://a.example/?q="><script>x</script>', 'q'))))
    expectSafe(quoted)
    expect(quoted).toBe(
      '<p><a href="https://a.example/?q=&quot;&gt;&lt;script&gt;x&lt;/script&gt;" rel="noopener noreferrer">q</a></p>',
    )
    // Autolinks (a pasted address) go the same way.
    const autolink = { ...link('javascript:alert(1)', 'x'), type: 'autolink' }
    expect(html(doc(paragraph(autolink)))).toBe('<p>x</p>')
  })

  it('should open a new-tab link without giving the page a handle on ours', () => {
    expect(html(doc(paragraph(link('https://xeberdar.example/', 'sayt', { newTab: true }))))).toBe(
      '<p><a href="https://xeberdar.example/" rel="noopener noreferrer" target="_blank">sayt</a></p>',
    )
  })

  it('should keep an internal link (to a document, not a page) as its text', () => {
    const internal = link('', 'digər hekayə', {
      linkType: 'internal',
      doc: { relationTo: 'stories', value: 3 },
    })
    expect(html(doc(paragraph(internal)))).toBe('<p>digər hekayə</p>')
  })

  it('should drop styles, alignment, indents and unknown attributes', () => {
    const styled = {
      ...paragraph({ ...text('mərkəzdə'), style: 'color: red; background: url(javascript:x)' }),
      format: 'center',
      indent: 3,
      id: 'x',
      className: 'evil',
    }
    expect(html(doc(styled))).toBe('<p>mərkəzdə</p>')
    expect(html(doc({ ...heading('h2', 'sağda'), format: 'right' }))).toBe('<h2>sağda</h2>')
  })

  it('should show an image with its alt text escaped, and leave out one that cannot be shown', () => {
    const hostile = { ...image, alt: 'Qız "gülür" <script>alert(1)</script> & \'tək\'' }
    const output = html(doc(upload({ id: 7 })), () => hostile)
    expectSafe(output)
    expect(output).toBe(
      `<img alt="Qız &quot;gülür&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; 'tək'" height="800" src="https://xeberdar.example/media/avtovagzal-1200.webp" width="1200" />`,
    )
    // No alt text in the reader's language: an empty one, never another language's.
    expect(html(doc(upload(7)), () => ({ ...image, alt: null }))).toContain('alt=""')
    // Media the channel cannot show (missing, not public, not an image) is left out.
    expect(html(doc(paragraph(text('a')), upload(8), paragraph(text('b'))))).toBe(
      '<p>a</p><p>b</p>',
    )
    for (const src of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', '/x.jpg'])
      expect(
        html(doc(upload(7)), () => ({ ...image, url: src })),
        src,
      ).toBeNull()
  })

  it('should show lists as lists, nested ones inside their item, and check lists with their marks', () => {
    const nested = list(
      'number',
      item(text('bir')),
      item(list('bullet', item(text('bir-a')), item(text('bir-b')))),
      item(text('iki')),
    )
    expect(html(doc(nested))).toBe(
      '<ol><li>bir<ul><li>bir-a</li><li>bir-b</li></ul></li><li>iki</li></ol>',
    )
    expect(
      html(doc(list('check', { ...item(text('sənəd')), checked: true }, item(text('müqavilə'))))),
    ).toBe('<ul><li>☑ sənəd</li><li>☐ müqavilə</li></ul>')
  })

  it('should survive lists nested far deeper than an editor can, with balanced tags', () => {
    let node: Node = text('dərin')
    for (let level = 0; level < 5_000; level++) node = list('bullet', item(node))
    const output = html(doc(node))
    expect(output).toMatch(/^(<ul><li>)+(<\/li><\/ul>)+$/)
    expect(output!.match(/<ul>/g)!.length).toBe(output!.match(/<\/ul>/g)!.length)
    // A reasonable depth comes out whole.
    let shallow: Node = text('dərin')
    for (let level = 0; level < 10; level++) shallow = list('bullet', item(shallow))
    expect(html(doc(shallow))).toBe(`${'<ul><li>'.repeat(10)}dərin${'</li></ul>'.repeat(10)}`)
  })

  it('should show an unknown node as its text, never the markup it carries', () => {
    const output = html(
      doc(
        { type: 'html', version: 1, html: '<script>alert(1)</script>', text: '<b>qalın</b>' },
        { type: 'block', version: 1, fields: { blockType: 'embed', html: '<iframe src=x>' } },
        { type: 'inlineBlock', version: 1, fields: { blockType: 'x', code: '<svg onload=x>' } },
        { type: 'relationship', version: 2, relationTo: 'stories', value: 3 },
        { type: 'collapsible', version: 1, children: [paragraph(text('içində'))] },
        paragraph(text('son')),
      ),
    )
    expectSafe(output)
    expect(output).toBe('&lt;b&gt;qalın&lt;/b&gt;<p>içində</p><p>son</p>')
  })

  it('should give null for no body or garbage, and skip nodes that are not nodes', () => {
    for (const value of [
      null,
      undefined,
      '',
      '<script>alert(1)</script>',
      42,
      [],
      {},
      { root: null },
      { root: 'x' },
      { root: { children: 'abc' } },
      doc(),
      doc(paragraph()),
      doc(paragraph(text(''))),
    ])
      expect(html(value), JSON.stringify(value)).toBeNull()
    expect(
      html(doc(null as never, 5 as never, 'x' as never, paragraph(text('ok'), [] as never))),
    ).toBe('<p>ok</p>')
    const broken = [
      { type: 'link', version: 3, children: [text('ünvansız')] },
      { type: 'text', version: 1, format: 1 },
      { type: 'text', version: 1, text: { html: '<script>' } },
    ]
    expect(html(doc(paragraph(...broken, text('!'))))).toBe('<p>ünvansız<strong></strong>!</p>')
    expect(html(doc({ ...paragraph(), children: 'abc' }, paragraph(text('ok'))))).toBe(
      '<p><br /></p><p>ok</p>',
    )
  })
})
