// Elements built with text nodes only: a runbook's words are never parsed as
// markup in the browser, whatever they hold.
/// <reference lib="dom" />

type Child = Node | string | false | null | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | false | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== false && value !== undefined) element.setAttribute(name, value);
  for (const child of children)
    if (child !== false && child !== null && child !== undefined)
      element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

export function button(label: string, onClick: () => void, className?: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: className }, label);
  b.addEventListener('click', onClick);
  return b;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}
