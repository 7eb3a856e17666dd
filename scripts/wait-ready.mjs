// Waits until every URL answers 2xx, then prints where to open the product.
const urls = process.argv.slice(2);
const deadline = Date.now() + 180_000;

const answers = async (url) => {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
};

for (const url of urls) {
  while (!(await answers(url))) {
    if (Date.now() > deadline) {
      console.error(`${url} did not answer within 3 minutes`);
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
console.log(
  `\n  Molecule Canvas is running: open ${urls.at(-1)}\n  (platform at ${new URL(urls[0]).origin}; Ctrl-C stops everything)\n`,
);
