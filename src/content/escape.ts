/** Text made safe to write into HTML, as text or in a double-quoted attribute: `& < > "` as entities. */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
