import { THEME_STORAGE_KEY } from "@/store/theme";

// Runs before first paint so a stored dark preference never flashes light. It mirrors
// resolveTheme() in src/store/theme.ts and reads zustand persist's JSON envelope.
const script = `(function(){var p="system";try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)})||"null");if(s&&s.state&&(s.state.preference==="light"||s.state.preference==="dark"))p=s.state.preference}catch(e){}var d=p==="dark"||(p==="system"&&window.matchMedia&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.setAttribute("data-theme",d?"dark":"light")})()`;

/** The inline pre-paint theme script; it needs this request's CSP nonce to run. */
export function ThemeScript({ nonce }: { nonce: string | undefined }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
