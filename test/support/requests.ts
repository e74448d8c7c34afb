/** Records every request the page makes through fetch, XHR and sendBeacon while `fn` runs. */
export async function requestsDuring(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const { fetch: f } = window;
  const open = XMLHttpRequest.prototype.open;
  const beacon = navigator.sendBeacon;
  window.fetch = (input, init) => {
    seen.push(String(input instanceof Request ? input.url : input));
    return f(input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: any[]) {
    seen.push(String(args[1]));
    return (open as any).apply(this, args);
  } as any;
  navigator.sendBeacon = (url: string | URL) => {
    seen.push(String(url));
    return true;
  };
  try {
    await fn();
  } finally {
    window.fetch = f;
    XMLHttpRequest.prototype.open = open;
    navigator.sendBeacon = beacon;
  }
  return seen;
}
