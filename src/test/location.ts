type JsdomGlobal = { jsdom: { reconfigure(options: { url: string }): void } };

/** Moves the test page to another URL (host included), as a real navigation would. */
export function setPageUrl(url: string): void {
  (globalThis as unknown as JsdomGlobal).jsdom.reconfigure({ url });
}
