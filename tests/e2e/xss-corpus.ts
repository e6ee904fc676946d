/** Payloads that would run script if any page rendered user text as HTML or a URL. Each sets window.__xss. */
export const XSS_PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1">`,
  `<svg onload="window.__xss=1"><circle r="1"/></svg>`,
  `<svg><script>window.__xss=1</script></svg>`,
  `"><script>window.__xss=1</script>`,
  `'><img src=x onerror=window.__xss=1>`,
  `<a href="javascript:window.__xss=1">click</a>`,
  `<iframe src="javascript:window.__xss=1"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<object data="data:text/html,<script>parent.__xss=1</script>"></object>`,
  `<body onload=window.__xss=1>`,
  `<details open ontoggle=window.__xss=1>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>`,
  `</textarea><script>window.__xss=1</script>`,
  `<<script>script>window.__xss=1<</script>/script>`,
  `<img src="x` + "`" + `onerror=window.__xss=1>`,
  `<div style="background:url(javascript:window.__xss=1)">x</div>`,
  `<input autofocus onfocus=window.__xss=1>`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `\u003cscript\u003ewindow.__xss=1\u003c/script\u003e`,
];

/** URLs a user could type into URL fields: http(s) only are accepted, so the attacks ride inside them. */
export const XSS_URLS = [
  `https://evil.example/"><script>window.__xss=1</script>`,
  `https://evil.example/?q=<img src=x onerror=window.__xss=1>`,
  `https://evil.example/#javascript:window.__xss=1`,
];

/** URLs the server must refuse outright. */
export const REFUSED_URLS = [`javascript:window.__xss=1`, `data:text/html,<script>window.__xss=1</script>`, `vbscript:msgbox(1)`, `JaVaScRiPt:window.__xss=1`];
