// The interface's words, Vietnamese first (the default) and English. Every key exists in both: `en` is typed
// against `vi`, so a missing translation fails the type check.

export const vi = {
  appName: "Bảng điều khiển AntRing",
  language: { label: "Ngôn ngữ", vi: "Tiếng Việt", en: "English" },
  signIn: {
    title: "Đăng nhập",
    subtitle: "Bảng theo dõi tổng đài dành cho giám sát viên",
    email: "Email",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    submitting: "Đang đăng nhập…",
    invalidCredentials: "Email hoặc mật khẩu không đúng.",
    rateLimited: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.",
    failed: "Không thể đăng nhập lúc này. Vui lòng thử lại.",
  },
  nav: {
    label: "Điều hướng chính",
    overview: "Tổng quan",
    calls: "Cuộc gọi",
    agents: "Nhân viên",
    dids: "Đầu số",
    users: "Người dùng",
    tvDisplays: "Màn hình TV",
    sync: "Đồng bộ",
    comingSoon: "sắp có",
    signOut: "Đăng xuất",
    timeZone: "Múi giờ",
  },
  overview: {
    title: "Tổng quan",
    range: "30 ngày qua",
    total: "Tổng cuộc gọi",
    answered: "Đã trả lời",
    answerRate: "Tỷ lệ trả lời",
    loading: "Đang tải…",
    failed: "Không tải được số liệu.",
    empty: "Chưa có cuộc gọi nào trong khoảng thời gian này. Dữ liệu sẽ xuất hiện khi đồng bộ xong.",
  },
  roles: { admin: "Quản trị", supervisor: "Giám sát", viewer: "Xem" },
};

export type Messages = typeof vi;

export const en: Messages = {
  appName: "AntRing Dashboard",
  language: { label: "Language", vi: "Tiếng Việt", en: "English" },
  signIn: {
    title: "Sign in",
    subtitle: "Call-center dashboard for supervisors",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    invalidCredentials: "Wrong email or password.",
    rateLimited: "Too many failed sign-ins. Please try again in a few minutes.",
    failed: "Could not sign in right now. Please try again.",
  },
  nav: {
    label: "Main navigation",
    overview: "Overview",
    calls: "Calls",
    agents: "Agents",
    dids: "DIDs",
    users: "Users",
    tvDisplays: "TV displays",
    sync: "Sync",
    comingSoon: "coming soon",
    signOut: "Sign out",
    timeZone: "Time zone",
  },
  overview: {
    title: "Overview",
    range: "Last 30 days",
    total: "Total calls",
    answered: "Answered",
    answerRate: "Answer rate",
    loading: "Loading…",
    failed: "Could not load the numbers.",
    empty: "No calls in this period yet. Data appears once the sync has run.",
  },
  roles: { admin: "Admin", supervisor: "Supervisor", viewer: "Viewer" },
};
