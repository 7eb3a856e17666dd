import type { Page } from "@playwright/test";
import { TEST_PASSWORD } from "./control-plane";
import { APP_ORIGIN, PLATFORM_ORIGIN } from "./origins";

/** The app host's pages: sign-up, `/orgs`, the provisioning page and the delete dialog. */
export class OrgsPage {
  constructor(readonly page: Page) {}

  /** Creates an account through the platform's sign-up form, returning to `/orgs`. */
  async signUp(email: string): Promise<void> {
    const returnTo = `${APP_ORIGIN}/orgs`;
    await this.page.goto(`${PLATFORM_ORIGIN}/cp/auth/signup?return_to=${encodeURIComponent(returnTo)}`);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(TEST_PASSWORD);
    await this.page.getByLabel(/I agree to the Terms/).check();
    await this.page.getByRole("button", { name: "Create account" }).click();
    await this.page.waitForURL(returnTo);
  }

  async open(): Promise<void> {
    await this.page.goto(`${APP_ORIGIN}/orgs`);
  }

  async createOrg(name: string, slug: string): Promise<void> {
    await this.page.getByRole("textbox", { name: "Name" }).fill(name);
    await this.page.getByRole("textbox", { name: "Slug" }).fill(slug);
    await this.page.getByRole("button", { name: "Create org" }).click();
  }

  orgList() {
    return this.page.getByRole("list", { name: "Your orgs" });
  }

  orgRow(name: string) {
    return this.page.getByRole("listitem", { name });
  }

  progressBar() {
    return this.page.getByRole("progressbar", { name: "Provisioning progress" });
  }

  stage(label: string) {
    return this.page
      .getByRole("list", { name: "Provisioning stages" })
      .getByRole("listitem")
      .filter({ hasText: label });
  }

  openTenantLink(slug: string) {
    return this.page.getByRole("link", { name: `Open ${slug}` });
  }

  async startDelete(name: string) {
    await this.page.getByRole("button", { name: `Delete ${name}` }).click();
    return this.page.getByRole("alertdialog");
  }
}
