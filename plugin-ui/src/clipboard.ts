/** What happened when the agent asked to copy a text. */
export type CopyOutcome = 'copied' | 'selected';

/**
 * Copies `text` with the async Clipboard API. Where that API is missing or refused (plain
 * http, or a helpdesk iframe without the clipboard-write permission) it selects the text
 * in `fallbackElement` instead, so the agent can copy it with the keyboard.
 */
export async function copyText(text: string, fallbackElement: Element): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const selection = fallbackElement.ownerDocument.getSelection();
    const range = fallbackElement.ownerDocument.createRange();
    range.selectNodeContents(fallbackElement);
    selection?.removeAllRanges();
    selection?.addRange(range);
    return 'selected';
  }
}
