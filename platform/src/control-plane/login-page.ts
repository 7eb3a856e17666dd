const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** CSP for the sign-in page: only its own nonce'd style; the form posts back here. */
export const loginPageCsp = (nonce: string) =>
  `default-src 'none'; style-src 'nonce-${nonce}'; frame-ancestors 'none'; base-uri 'none'`;

/**
 * The local stand-in for the hosted sign-in screen: email + password accounts.
 * Everything interpolated is escaped; the page runs no script.
 */
export function loginPage(opts: {
  mode: "sign-in" | "sign-up";
  returnTo: string;
  nonce: string;
  error?: string;
  /** Echoed back after a failed attempt so only the password needs retyping. */
  email?: string;
}): string {
  const isSignUp = opts.mode === "sign-up";
  const title = opts.mode === "sign-up" ? "Create your Molecule account" : "Sign in to Molecule";
  const action = opts.mode === "sign-up" ? "/cp/auth/signup" : "/cp/auth/login";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style nonce="${opts.nonce}">
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { display: grid; place-items: center; min-height: 100vh; margin: 0; background: Canvas; color: CanvasText; }
  form { display: grid; gap: 0.75rem; width: min(22rem, 90vw); padding: 2rem; border: 1px solid GrayText; border-radius: 0.75rem; }
  input, button { font: inherit; padding: 0.6rem 0.75rem; border-radius: 0.5rem; }
  button { background: #4338ca; color: #fff; border: 0; cursor: pointer; }
  :focus-visible { outline: 3px solid #6366f1; outline-offset: 2px; }
  .error { color: #b91c1c; }
  .check { display: flex; gap: 0.5rem; align-items: start; font-size: 0.9rem; }
  a { color: inherit; }
  p { margin: 0; font-size: 0.9rem; }
</style>
</head>
<body>
<main>
<form method="post" action="${action}">
  <h1>${title}</h1>
  ${opts.error ? `<p class="error" role="alert">${escapeHtml(opts.error)}</p>` : ""}
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="email" required autofocus value="${escapeHtml(opts.email ?? "")}">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" minlength="${isSignUp ? 8 : 1}" required
    autocomplete="${isSignUp ? "new-password" : "current-password"}"${isSignUp ? ' aria-describedby="password-hint"' : ""}>
  ${isSignUp ? '<p id="password-hint">At least 8 characters.</p>' : ""}
  ${
    isSignUp
      ? `<label class="check"><input name="accept_terms" type="checkbox" value="yes" required> I agree to the Terms of Service and the Privacy Policy. Workspaces run in AWS us-east-2 (Ohio).</label>`
      : ""
  }
  <input type="hidden" name="return_to" value="${escapeHtml(opts.returnTo)}">
  <button type="submit">${isSignUp ? "Create account" : "Sign in"}</button>
  <p>${
    isSignUp
      ? `Already have an account? <a href="/cp/auth/login?return_to=${encodeURIComponent(opts.returnTo)}">Sign in</a>`
      : `New here? <a href="/cp/auth/signup?return_to=${encodeURIComponent(opts.returnTo)}">Create an account</a>`
  }</p>
</form>
</main>
</body>
</html>`;
}
