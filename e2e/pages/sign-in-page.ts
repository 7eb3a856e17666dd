import type { Page } from "@playwright/test";
import { TEST_PASSWORD } from "./control-plane";
import { PLATFORM_ORIGIN } from "./origins";

/** The platform's sign-in form, where every host of the canvas sends a visitor without a session. */
export class SignInPage {
  constructor(readonly page: Page) {}

  /** Signs in through the form and lands back on `returnTo`. */
  async signIn(email: string, returnTo: string): Promise<void> {
    await this.page.goto(`${PLATFORM_ORIGIN}/cp/auth/login?return_to=${encodeURIComponent(returnTo)}`);
    await this.submit(email);
    await this.page.waitForURL(returnTo);
  }

  /** Fills and sends the form the page is already on. */
  async submit(email: string, password = TEST_PASSWORD): Promise<void> {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
}
