import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

// The users page: an admin manages a user from creation to deletion; nobody else gets in.

const NEW_USER = {
  email: "admin-users-new@example.com",
  name: "Nguyễn Văn Mới",
  password: "new-user-password-1",
};

test("an admin creates a viewer who can sign in, changes the role and deletes the user", async ({
  page,
  browser,
  signInAs,
}) => {
  await signInAs("admin");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Người dùng|Users/);

  // A password under the minimum is refused before anything is sent.
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: /Tạo người dùng|Create user/ }) });
  await form.getByLabel(/^(Email)$/).fill(NEW_USER.email);
  await form.getByLabel(/^(Họ tên|Name)$/).fill(NEW_USER.name);
  await form.getByLabel(/^(Quyền|Role)$/).selectOption("viewer");
  await form.getByLabel(/^(Mật khẩu|Password)$/).fill("short");
  await form.getByRole("button", { name: /Tạo người dùng|Create user/ }).click();
  await expect(form.getByLabel(/^(Mật khẩu|Password)$/)).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel(/^(Mật khẩu|Password)$/).fill(NEW_USER.password);
  await form.getByRole("button", { name: /Tạo người dùng|Create user/ }).click();
  await expect(form.getByRole("status")).toContainText(NEW_USER.email);
  const row = page.locator(`[data-testid=user-row][data-email="${NEW_USER.email}"]`);
  await expect(row).toBeVisible();
  const role = row.getByRole("combobox", { name: new RegExp(NEW_USER.name) });
  await expect(role).toHaveValue("viewer");

  // The same email again is refused in words.
  await form.getByLabel(/^(Email)$/).fill(NEW_USER.email);
  await form.getByLabel(/^(Họ tên|Name)$/).fill("Someone else");
  await form.getByLabel(/^(Mật khẩu|Password)$/).fill(NEW_USER.password);
  await form.getByRole("button", { name: /Tạo người dùng|Create user/ }).click();
  await expect(form.getByText(/Email này đã thuộc về|already has this email/)).toBeVisible();

  // The new viewer signs in (in a browser of their own) and sees the viewer role.
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, NEW_USER);
  await expect(viewer.getByTestId("signed-in-user")).toContainText(/Xem|Viewer/);
  await viewerContext.close();

  await role.selectOption("supervisor");
  await expect(page.getByRole("status").filter({ hasText: /Đã đổi quyền|Role changed/ })).toBeVisible();
  await page.reload();
  await expect(row.getByRole("combobox")).toHaveValue("supervisor");

  // Deleting asks first; cancelling keeps the user.
  await row.getByRole("button", { name: /^(Xóa|Delete)/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(NEW_USER.email);
  await dialog.getByRole("button", { name: /^(Hủy|Cancel)$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: /^(Xóa|Delete)/ }).click();
  await dialog.getByRole("button", { name: /Xóa vĩnh viễn|Delete for good/ }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: /Đã xóa người dùng|User deleted/ })).toBeVisible();
});

test("a supervisor gets no access to the users page, nor to the procedures behind it", async ({
  page,
  signInAs,
}) => {
  await signInAs("supervisor");
  const nav = page.getByRole("navigation", { name: /Điều hướng chính|Main navigation/ });
  await expect(nav.getByRole("link", { name: /^(Người dùng|Users)$/ })).toHaveCount(0);
  for (const path of ["/admin/users", "/admin/settings", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByTestId("no-access")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Không có quyền truy cập|No access/);
  }
  await expect(page.getByTestId("user-row")).toHaveCount(0);
  expect((await page.request.get("/api/trpc/admin.listUsers")).status()).toBe(403);
});
