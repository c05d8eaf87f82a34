import { expect, test } from "@playwright/test";
import { collectErrors, openDashboard, regions, statusCounts } from "./helpers";

test.describe("URL state", () => {
  test("a deep link with every parameter opens exactly that view", async ({ page }) => {
    await openDashboard(page, "/?dataset=azerbaijan-us-2025&from=2024-11-01&to=2024-12-31&themes=us-azerbaijan,peace-process&actor=azerbaijan&event=az-mfa-lost-years");
    await expect(page.getByRole("slider", { name: "Window start" })).toHaveAttribute("aria-valuetext", "2024-11-01");
    await expect(page.getByRole("slider", { name: "Window end" })).toHaveAttribute("aria-valuetext", "2024-12-31");
    const themes = page.getByRole("group", { name: "Themes" });
    await expect(themes.getByRole("checkbox", { name: /US–Azerbaijan relations/ })).toBeChecked();
    await expect(themes.getByRole("checkbox", { name: /Armenia–Azerbaijan peace process/ })).toBeChecked();
    await expect(themes.getByRole("checkbox", { name: /^Georgia/ })).not.toBeChecked();
    const { network, details } = regions(page);
    await expect(network.getByRole("button", { name: "Azerbaijan", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(details.getByRole("heading", { level: 2 })).toHaveText("Baku calls the Biden years 'lost years'");
    await expect(details.locator("time")).toHaveAttribute("datetime", "2024-12-11");
  });

  test("a hostile URL renders the default view with nothing injected and no console error", async ({ page }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await openDashboard(page, "/?from=<script>alert(1)</script>&actor=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&themes=%3Cscript%3E&event=%22%3E%3Csvg%20onload%3Dalert(1)%3E&dataset=%3Cb%3E");
    await expect(page.getByRole("slider", { name: "Window start" })).toHaveAttribute("aria-valuetext", "2024-10-01");
    await expect(page.getByRole("slider", { name: "Window end" })).toHaveAttribute("aria-valuetext", "2025-01-31");
    expect(await page.locator("main img, main script, main svg[onload], img[src='x']").count()).toBe(0);
    expect(await page.content()).not.toContain("onerror=alert");
    await expect(regions(page).network.getByRole("button", { pressed: true })).toHaveCount(0);
    const defaults = await statusCounts(page);
    await openDashboard(page, "/");
    expect(await statusCounts(page)).toEqual(defaults);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  test("a link with parameters the view cannot take says which were left out, and the address then names the view shown", async ({ page }) => {
    const errors = collectErrors(page);
    await openDashboard(page, "/?from=garbage&to=2024-12-31&event=nope&themes=us-azerbaijan");
    await expect(page.getByText("Part of this link could not be used and was left out: from (not a date (YYYY-MM-DD)), event (no such event in this dataset).")).toBeVisible();
    await expect(page.getByRole("slider", { name: "Window end" })).toHaveAttribute("aria-valuetext", "2024-12-31");
    await expect(page).toHaveURL(/[?&]to=2024-12-31(&|$)/);
    await expect(page).toHaveURL(/[?&]themes=us-azerbaijan(&|$)/);
    await expect(page).not.toHaveURL(/garbage|event=/);
    expect(errors).toEqual([]);
  });
});
