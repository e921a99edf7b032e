// Terminal wrapping that knows CJK characters take two columns, so Chinese text without spaces wraps
// instead of being cut off.

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export const displayWidth = (text: string): number => [...text].reduce((width, char) => width + (WIDE.test(char) ? 2 : 1), 0);

/** Break `text` into lines no wider than `width` columns, at spaces where possible. */
export function wrapText(text: string, width: number): string {
  return text.split('\n').map((line) => wrapLine(line, width)).join('\n');
}

function wrapLine(line: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  let used = 0;
  for (const char of line) {
    const w = WIDE.test(char) ? 2 : 1;
    if (used + w > width) {
      const space = current.lastIndexOf(' ');
      const breakAt = space > current.length / 2 ? space : current.length;
      lines.push(current.slice(0, breakAt).trimEnd());
      current = current.slice(breakAt).trimStart();
      used = displayWidth(current);
    }
    current += char;
    used += w;
  }
  return [...lines, current].join('\n');
}
