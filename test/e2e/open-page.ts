/** Opens a page of our own in an iframe and records every Content-Security-Policy violation in it. */
export async function openPage(url: string, width = 800) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const violations: string[] = [];
  frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow!, violations };
}
