import {isTag, isText, type ChildNode, type Element} from 'domhandler'

/**
 * Finds a saved web page's own content — the notice — and leaves out the site
 * around it: menus, breadcrumbs, share and print links, related news,
 * footers, scripts, forms. Modelled on Mozilla Readability's scoring
 * (mozilla/readability: Readability.js, `_grabArticle`): paragraphs of text
 * score their parent and grandparents, more for length and commas; class and
 * id names that say content or chrome move the score; a container's score is
 * scaled down by its link density; the best container wins, with the
 * siblings that score nearly as well.
 */

/** Elements that never hold the notice's text. */
const junkTags = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button', 'input', 'select',
  'textarea', 'nav', 'aside', 'footer', 'menu', 'dialog', 'object', 'embed', 'link', 'meta', 'head', 'title', 'img', 'video', 'audio', 'map'
])

/** ARIA roles of site chrome. */
const junkRoles = /^(?:navigation|banner|contentinfo|search|complementary|menu|menubar|dialog|alert)$/i

/** Class and id words of chrome (Readability's list, with post meta lines and the Vietnamese portals' own: chia-se, lien-quan, tin-khac, dang-nhap, tim-kiem, luot-xem). */
const unlikely =
  /-ad-|banner|breadcrumb|combx|comment|community|cookie|disqus|extra|footer|gdpr|header|legend|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|share|sharing|print|toolbar|navbar|topbar|login|search|tags?\b|copyright|\bmeta\b|views|luot-?xem|chia-?se|lien-?quan|tin-?khac|dang-?nhap|tim-?kiem|tien-?ich|lien-?ket/i
/** Words that rescue an element from `unlikely` (an `article-header` is still the article). */
const maybeContent = /and|article|body|column|content|main|shadow|noi-?dung|van-?ban|chi-?tiet|detail/i
/** Class and id words of content and of chrome, for the score. */
const positive = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|noi-?dung|noidung|chi-?tiet|chitiet|detail|van-?ban|vanban|fulltext/i
const negative =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|menu|nav|breadcrumb|lien-?quan|tin-?khac/i

/** Block containers a paragraph's score flows into. */
const paragraphTags = new Set(['p', 'td', 'pre', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd'])
const blockTags = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'center'])

function classAndId(el: Element): string {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`
}

function isHidden(el: Element): boolean {
  const style = (el.attribs['style'] ?? '').toLowerCase().replace(/\s+/g, '')
  return el.attribs['hidden'] !== undefined || el.attribs['aria-hidden'] === 'true' || style.includes('display:none') || style.includes('visibility:hidden')
}

/** True for an element that is site chrome by its tag, role, visibility or names. */
function isJunk(el: Element): boolean {
  if (junkTags.has(el.name)) return true
  if (el.name === 'header' && !isInside(el, ['article', 'main'])) return true
  if (junkRoles.test(el.attribs['role'] ?? '')) return true
  if (isHidden(el)) return true
  const names = classAndId(el)
  if (names.trim() === '' || ['body', 'html', 'article', 'main', 'a'].includes(el.name)) return false
  // Inside a table, names style rows and cells (`<tr class="header">`), they do not mark chrome (as in Readability).
  if (isInside(el, ['table']) || ['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'].includes(el.name)) return false
  return unlikely.test(names) && !maybeContent.test(names)
}

function isInside(el: Element, tags: readonly string[]): boolean {
  for (let p = el.parent; p && isTag(p); p = p.parent) if (tags.includes(p.name)) return true
  return false
}

/** Removes chrome in place (every junk element with what it holds). */
export function removeChrome(node: {children: ChildNode[]}): void {
  node.children = node.children.filter((c) => c.type !== 'comment' && c.type !== 'directive' && !(isTag(c) && isJunk(c)))
  for (const c of node.children) if (isTag(c)) removeChrome(c)
}

function innerText(node: {children: ChildNode[]}): string {
  let text = ''
  for (const c of node.children) {
    if (isText(c)) text += c.data
    else if (isTag(c)) text += (blockTags.has(c.name) || c.name === 'br' || c.name === 'td' || c.name === 'th' ? ' ' : '') + innerText(c)
  }
  return text
}

/** How much text an element holds: letters and other non-space characters, those inside links, commas and semicolons. */
interface TextStats {
  chars: number
  linkChars: number
  commas: number
}

/**
 * Text statistics of every element below `root`, in one pass: scoring asks
 * each candidate for them, and recomputing per candidate is quadratic on a
 * long page.
 */
function textStats(root: {children: ChildNode[]}): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>()
  const walk = (node: {children: ChildNode[]}, own: TextStats): void => {
    for (const c of node.children) {
      if (isText(c)) {
        const data = c.data
        for (let k = 0; k < data.length; k++) {
          const code = data.charCodeAt(k)
          if (code === 0x2c || code === 0x3b) own.commas++
          if (code > 0x20 && code !== 0xa0) own.chars++
        }
      } else if (isTag(c)) {
        const inner: TextStats = {chars: 0, linkChars: 0, commas: 0}
        walk(c, inner)
        if (c.name === 'a') inner.linkChars = inner.chars
        stats.set(c, inner)
        own.chars += inner.chars
        own.linkChars += inner.linkChars
        own.commas += inner.commas
      }
    }
  }
  walk(root, {chars: 0, linkChars: 0, commas: 0})
  return stats
}

const density = (s: TextStats | undefined): number => (s && s.chars > 0 ? s.linkChars / s.chars : 0)

function tagWeight(el: Element): number {
  switch (el.name) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
      return -3
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5
    default:
      return 0
  }
}

function classWeight(el: Element): number {
  let weight = 0
  if (el.attribs['class'] && negative.test(el.attribs['class'])) weight -= 25
  if (el.attribs['class'] && positive.test(el.attribs['class'])) weight += 25
  if (el.attribs['id'] && negative.test(el.attribs['id'])) weight -= 25
  if (el.attribs['id'] && positive.test(el.attribs['id'])) weight += 25
  if (el.name === 'article' || el.name === 'main' || el.attribs['role'] === 'main') weight += 25
  return weight
}

/** A div with no block children reads as a paragraph (many sites never use `<p>`). */
function isParagraphLike(el: Element): boolean {
  if (paragraphTags.has(el.name)) return true
  if (el.name !== 'div' && el.name !== 'span' && el.name !== 'section') return false
  return !el.children.some((c) => isTag(c) && blockTags.has(c.name))
}

/**
 * The elements holding the page's content, in document order: the best scored
 * container and its siblings that score nearly as well (a notice split into
 * several `<div>`s of one parent). Null when nothing scores (no paragraph of
 * 25 characters or more): the caller keeps the whole body.
 */
export function findContent(body: Element): Element[] | null {
  const stats = textStats(body)
  const scores = new Map<Element, number>()
  const walk = (el: Element): void => {
    for (const c of el.children) {
      if (!isTag(c)) continue
      if (isParagraphLike(c)) {
        const text = stats.get(c)!
        if (text.chars >= 25) {
          const score = 1 + text.commas + Math.min(Math.floor(text.chars / 100), 3)
          let ancestor: Element | null = isTag(c.parent!) ? (c.parent as Element) : null
          for (let level = 0; ancestor && level < 5; level++) {
            if (!scores.has(ancestor)) scores.set(ancestor, tagWeight(ancestor) + classWeight(ancestor))
            const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
            scores.set(ancestor, scores.get(ancestor)! + score / divider)
            ancestor = ancestor.parent && isTag(ancestor.parent) ? ancestor.parent : null
          }
        }
      }
      walk(c)
    }
  }
  walk(body)
  let top: Element | null = null
  let topScore = -Infinity
  const final = new Map<Element, number>()
  for (const [el, score] of scores) {
    const value = score * (1 - density(stats.get(el)))
    final.set(el, value)
    if (value > topScore) {
      top = el
      topScore = value
    }
  }
  if (!top) return null
  const parent = top.parent && isTag(top.parent) ? top.parent : null
  if (!parent) return [top]
  const threshold = Math.max(10, topScore * 0.2)
  const kept = elementsOf(parent).filter((sibling) => {
    if (sibling === top) return true
    const bonus = (top!.attribs['class'] ?? '') !== '' && sibling.attribs['class'] === top!.attribs['class'] ? topScore * 0.2 : 0
    if ((final.get(sibling) ?? -Infinity) + bonus >= threshold) return true
    if (sibling.name === 'p' || sibling.name === 'table') {
      const text = innerText(sibling).replace(/\s+/g, ' ').trim()
      const links = density(stats.get(sibling))
      return (text.length > 80 && links < 0.25) || (text.length > 0 && links === 0 && /[.:;]$/.test(text))
    }
    return false
  })
  return kept
}

function elementsOf(el: Element): Element[] {
  return el.children.filter(isTag)
}

/**
 * Inside the content, lists and blocks that are mostly links (a "related
 * notices" list, a tag cloud) are chrome too. Tables and text with few links stay.
 */
export function dropLinkLists(node: {children: ChildNode[]}, stats = textStats(node)): void {
  node.children = node.children.filter((c) => {
    if (!isTag(c) || !['ul', 'ol', 'div', 'section', 'p', 'dl'].includes(c.name)) return true
    const text = stats.get(c)!
    return text.chars === 0 || density(text) <= 0.5 || text.chars > 2000
  })
  for (const c of node.children) if (isTag(c)) dropLinkLists(c, stats)
}
