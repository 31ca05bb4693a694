import {parseDocument} from 'htmlparser2'
import {isTag, isText, type ChildNode, type Element} from 'domhandler'

/**
 * Small helpers over htmlparser2's tree for the XML parts of Word and
 * OpenDocument files (xmlMode: names keep their prefix, `w:p`).
 */
export type {Element} from 'domhandler'

export function parseXml(bytes: Uint8Array): Element[] {
  const text = new TextDecoder('utf-8').decode(bytes)
  return parseDocument(text, {xmlMode: true}).children.filter(isTag)
}

/** The child elements of a node. */
export function elements(node: {children: ChildNode[]}): Element[] {
  return node.children.filter(isTag)
}

/** The first child element named `name`. */
export function child(node: {children: ChildNode[]}, name: string): Element | undefined {
  return node.children.find((c): c is Element => isTag(c) && c.name === name)
}

/** The first descendant element named `name`, depth first. */
export function find(node: {children: ChildNode[]}, name: string): Element | undefined {
  for (const c of node.children) {
    if (!isTag(c)) continue
    if (c.name === name) return c
    const deeper = find(c, name)
    if (deeper) return deeper
  }
  return undefined
}

/** All text below a node, in order. */
export function textOf(node: {children: ChildNode[]}): string {
  let text = ''
  for (const c of node.children) {
    if (isText(c)) text += c.data
    else if (isTag(c)) text += textOf(c)
  }
  return text
}

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): present and not switched off. */
export function isOn(el: Element | undefined, valAttr = 'w:val'): boolean {
  if (!el) return false
  const val = el.attribs[valAttr]
  return val === undefined || !['0', 'false', 'off', 'none'].includes(val)
}
