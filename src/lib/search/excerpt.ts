/**
 * The excerpt shown under a result: a window of the section's own text around
 * the words that match, as plain segments (the UI turns `mark` segments into
 * <mark> elements and the rest into text nodes; nothing is parsed as HTML).
 */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * About `maxChars` characters of `text` starting a little before the first
 * matching word, cut at word boundaries, with an ellipsis where text was cut.
 */
export function excerpt(text: string, isMatch: (word: string) => boolean, maxChars = 160): Segment[] {
  const tokens = text.split(/(\s+)/u).filter((t) => t !== '');
  const matched = tokens.map((t) => !/^\s+$/u.test(t) && isMatch(t));
  const first = matched.indexOf(true);
  // Start two words before the first match, so the match has some context.
  let start = first <= 0 ? 0 : Math.max(0, first - 4);
  while (start > 0 && /^\s+$/u.test(tokens[start] ?? '')) start--;
  const segments: Segment[] = [];
  let used = 0;
  let end = start;
  for (; end < tokens.length && used < maxChars; end++) {
    const token = tokens[end] ?? '';
    used += token.length;
    const last = segments.at(-1);
    const mark = matched[end] === true;
    if (last && last.mark === mark && !mark) last.text += token;
    else segments.push({ text: token, mark });
  }
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < tokens.length) segments.push({ text: ' …', mark: false });
  return segments;
}
