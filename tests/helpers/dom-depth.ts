/** How deep a document's elements nest (the root element is depth 1), walked without recursion. */
export function depthOf(doc: Document): number {
  let max = 0;
  const stack: Array<[Element, number]> = [[doc.documentElement, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of Array.from(el.children)) stack.push([c, d + 1]);
  }
  return max;
}
