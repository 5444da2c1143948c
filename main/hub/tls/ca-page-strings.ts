// The words of the page the plain-HTTP listener serves (main/hub/tls/ca-page.ts), in Vietnamese and English. The page
// is the hub's own, not the React app's: a tablet opens it before it trusts the hub, so it cannot load the app yet.

export interface CaPageStrings {
  lang: string;
  title: string;
  intro: string;
  fingerprint: string;
  fingerprintHint: string;
  downloads: string;
  crt: string;
  pem: string;
  profile: string;
  then: string;
  open: string;
  other: string;
  platforms: { id: string; title: string; steps: string[] }[];
}

const vi: CaPageStrings = {
  lang: 'vi',
  title: 'Tin cậy máy chủ phòng họp',
  intro:
    'Máy tính bảng kết nối với máy chủ phòng họp (hub) qua HTTPS. Làm một lần trên mỗi máy: cài chứng chỉ của phòng họp dưới đây, sau đó mở địa chỉ HTTPS của phòng.',
  fingerprint: 'Dấu vân tay SHA-256 của chứng chỉ phòng họp',
  fingerprintHint: 'Khi cài, so sánh dấu vân tay máy hiển thị với dòng này (và với dòng máy chủ in ra khi khởi động). Khác nhau thì đừng cài.',
  downloads: 'Tải chứng chỉ',
  crt: 'Chứng chỉ (.crt) — Android, Windows',
  pem: 'Chứng chỉ (.pem) — Chromium trên Linux',
  profile: 'Hồ sơ cấu hình (.mobileconfig) — iPad, Mac, quản lý thiết bị (MDM)',
  then: 'Sau khi cài',
  open: 'Mở phòng họp',
  other: 'English',
  platforms: [
    {
      id: 'android',
      title: 'Android',
      steps: [
        'Chạm “Chứng chỉ (.crt)” để tải tệp về.',
        'Mở Cài đặt → Bảo mật và quyền riêng tư → Cài đặt bảo mật khác → Mã hóa và thông tin xác thực → Cài đặt chứng chỉ → Chứng chỉ CA (tên mục có thể khác đôi chút tùy hãng).',
        'Chọn “Vẫn cài đặt”, xác nhận bằng mã khóa màn hình, rồi chọn tệp vừa tải.',
        'Kiểm tra: Thông tin xác thực đáng tin cậy → Người dùng có “Roundtable room CA”.',
      ],
    },
    {
      id: 'ipados',
      title: 'iPad (iPadOS)',
      steps: [
        'Mở trang này bằng Safari và chạm “Hồ sơ cấu hình (.mobileconfig)”, chọn Cho phép.',
        'Vào Cài đặt → Đã tải về hồ sơ → Cài đặt, nhập mật mã máy, chạm Cài đặt lần nữa.',
        'Vào Cài đặt → Cài đặt chung → Giới thiệu → Cài đặt tin cậy chứng nhận, bật “Roundtable room CA”. Thiếu bước này, Safari vẫn báo lỗi.',
      ],
    },
    {
      id: 'windows',
      title: 'Windows (Edge, Chrome)',
      steps: [
        'Tải “Chứng chỉ (.crt)” và mở tệp.',
        'Chọn Install Certificate… → Local Machine (cần quyền quản trị; hoặc Current User cho riêng tài khoản này) → Next.',
        'Chọn “Place all certificates in the following store” → Browse → Trusted Root Certification Authorities → OK → Next → Finish, đồng ý cảnh báo bảo mật.',
        'Đóng hẳn trình duyệt rồi mở lại.',
      ],
    },
    {
      id: 'linux',
      title: 'Chromium trên Linux',
      steps: [
        'Tải “Chứng chỉ (.pem)”.',
        'Mở chrome://certificate-manager (Cài đặt → Quyền riêng tư và bảo mật → Bảo mật → Quản lý chứng chỉ) → Chứng chỉ cục bộ → Tùy chỉnh → Nhập.',
        'Chọn tệp .pem, đánh dấu “Tin cậy chứng chỉ này để nhận dạng trang web”.',
        'Hoặc từ dòng lệnh: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Roundtable room CA" -i room-ca.pem',
      ],
    },
    {
      id: 'managed',
      title: 'Thiết bị được quản lý (MDM)',
      steps: [
        'iPad/Mac: tải “Hồ sơ cấu hình (.mobileconfig)” lên dịch vụ quản lý thiết bị (Apple Business Manager, Intune, Jamf…) và giao cho nhóm máy của phòng họp; chứng chỉ được tin cậy đầy đủ, không cần bật tay.',
        'Android/Chrome OS/Windows: thêm “Chứng chỉ (.crt)” làm chứng chỉ gốc tin cậy trong chính sách (Google Admin → Thiết bị → Mạng → Chứng chỉ; Intune → cấu hình “Trusted certificate”).',
      ],
    },
  ],
};

const en: CaPageStrings = {
  lang: 'en',
  title: 'Trust the meeting room hub',
  intro:
    "Tablets reach the room's hub over HTTPS. Once per device: install the room's certificate below, then open the room's HTTPS address.",
  fingerprint: "SHA-256 fingerprint of the room's certificate",
  fingerprintHint: 'When installing, compare the fingerprint the device shows with this line (and with the one the hub prints when it starts). If they differ, do not install.',
  downloads: 'Download the certificate',
  crt: 'Certificate (.crt) — Android, Windows',
  pem: 'Certificate (.pem) — Chromium on Linux',
  profile: 'Configuration profile (.mobileconfig) — iPad, Mac, managed devices (MDM)',
  then: 'Once installed',
  open: 'Open the meeting room',
  other: 'Tiếng Việt',
  platforms: [
    {
      id: 'android',
      title: 'Android',
      steps: [
        'Tap “Certificate (.crt)” to download the file.',
        'Open Settings → Security & privacy → More security settings → Encryption & credentials → Install a certificate → CA certificate (names vary a little by maker).',
        'Choose “Install anyway”, confirm with the screen lock, and pick the downloaded file.',
        'Check: Trusted credentials → User lists “Roundtable room CA”.',
      ],
    },
    {
      id: 'ipados',
      title: 'iPad (iPadOS)',
      steps: [
        'Open this page in Safari and tap “Configuration profile (.mobileconfig)”, then Allow.',
        'Go to Settings → Profile Downloaded → Install, enter the passcode, tap Install again.',
        'Go to Settings → General → About → Certificate Trust Settings and switch on “Roundtable room CA”. Without this step Safari still refuses the hub.',
      ],
    },
    {
      id: 'windows',
      title: 'Windows (Edge, Chrome)',
      steps: [
        'Download “Certificate (.crt)” and open the file.',
        'Choose Install Certificate… → Local Machine (needs an administrator; or Current User for this account only) → Next.',
        'Choose “Place all certificates in the following store” → Browse → Trusted Root Certification Authorities → OK → Next → Finish, and accept the security warning.',
        'Close the browser completely and open it again.',
      ],
    },
    {
      id: 'linux',
      title: 'Chromium on Linux',
      steps: [
        'Download “Certificate (.pem)”.',
        'Open chrome://certificate-manager (Settings → Privacy and security → Security → Manage certificates) → Local certificates → Custom → Import.',
        'Pick the .pem file and tick “Trust this certificate for identifying websites”.',
        'Or from a terminal: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Roundtable room CA" -i room-ca.pem',
      ],
    },
    {
      id: 'managed',
      title: 'Managed devices (MDM)',
      steps: [
        "iPad/Mac: upload “Configuration profile (.mobileconfig)” to the device management service (Apple Business Manager, Intune, Jamf…) and assign it to the room's devices; the certificate is fully trusted with no switch to turn on.",
        'Android/ChromeOS/Windows: add “Certificate (.crt)” as a trusted root certificate in the policy (Google Admin → Devices → Networks → Certificates; Intune → a “Trusted certificate” profile).',
      ],
    },
  ],
};

export const caPageStrings = { vi, en } as const;
export type CaPageLanguage = keyof typeof caPageStrings;
