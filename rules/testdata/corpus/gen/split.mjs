// Where code splits a long token in two.
export function split(text, where = 'sig') {
  let i;
  switch (where) {
    case 'query':
      i = text.indexOf('?') + 1;
      break;
    case 'sig':
      i = text.search(/&sig=|;SharedAccessKey=|;AccountKey=|&se=/) + 1;
      break;
    case 'mid': {
      const s = text.search(/sig=|Key=/);
      i = s + 4 + 15;
      break;
    }
    case 'half':
      i = Math.floor(text.length / 2);
      break;
    default:
      throw new Error(where);
  }
  if (i <= 0 || i >= text.length) throw new Error(`cannot split ${where}: ${text.slice(0, 40)}`);
  return [text.slice(0, i), text.slice(i)];
}

// htmlAmp escapes & as HTML and XML attributes need.
export const htmlAmp = (s) => s.replaceAll('&', '&amp;');

// xmlEscape escapes what an XML attribute value must.
export const xmlEscape = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

// goJSON marshals like Go's encoding/json: & < > as \u0026 \u003c \u003e.
export const goJSON = (v, indent) => JSON.stringify(v, null, indent).replaceAll('&', '\\u0026').replaceAll('<', '\\u003c').replaceAll('>', '\\u003e');

// phpJSON marshals like PHP's json_encode: / as \/.
export const phpJSON = (v) => JSON.stringify(v).replaceAll('/', '\\/');

// wrap breaks s into lines of at most width characters (no hyphens), as a
// terminal, an email client or a Markdown formatter does.
export function wrap(s, width) {
  const out = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join('\n');
}
