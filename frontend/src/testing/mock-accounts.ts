/**
 * The accounts side of the mock API: one browser's session (the cookie), CSRF checks, sign-in
 * throttling, the second factor, users, API tokens, security events and the audit trail, as the
 * service answers them. Every other call needs a session, as on the server.
 */
import type {
  CurrentUser,
  Notification,
  SecurityEvent,
  SecurityEventKind,
  Session,
  Token,
  TokenInput,
  UserInput,
  UserUpdate,
  UserView,
} from '@/types/api';
import { foldVietnamese } from '@/utils/text';
import { accounts, PASSWORD, planHistory, taskHistory } from './fixtures/accounts';
import { unitRef } from './fixtures/units';
import { forbidden, json, page, problem } from './mock-http';

/** Failed sign-ins in a row before the mock throttles (429). */
export const MAX_LOGIN_FAILURES = 5;
export const THROTTLE_SECONDS = 120;
/** How long a mailed reset link works, as the server's default. */
export const RESET_LINK_MINUTES = 30;
/** Links mailed to one account before further requests mail none (the server's hourly share). */
const RESET_MAILS_PER_ACCOUNT = 3;

/** A password reset mail, as the mock "sends" it. */
export interface MockResetMail {
  to: string;
  username: string;
  /** The secret the link carries: `/reset-password?token=…`. */
  token: string;
}

interface ResetLink {
  username: string;
  used: boolean;
  expired: boolean;
}

/** The mock's authenticator app: its secret, and the codes it shows (each one signs in once). */
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const TOTP_CODES = ['123456', '234567', '345678', '456789', '567890'] as const;

interface Account extends UserView {
  password: string;
  /** A second factor set up but not confirmed yet. */
  totpPending: boolean;
  usedCodes: string[];
}

function newAccount(user: UserView, password: string): Account {
  return { ...user, password, totpPending: false, usedCodes: [] };
}

function view(account: Account): UserView {
  const { password: _password, totpPending, usedCodes: _used, ...user } = account;
  void _password;
  void _used;
  return { ...user, canResetTotp: user.totpEnabled || totpPending };
}

/** As the server decides it: administrators and coordinators may set up a second factor. */
function mayEnrol(role: UserView['role']) {
  return role === 'ADMIN' || role === 'COORDINATOR';
}

/** A current code of the mock's app, not used before by this account; marks it used. */
function acceptCode(account: Account, code: string | undefined) {
  if (!code || !(TOTP_CODES as readonly string[]).includes(code)) return false;
  if (account.usedCodes.includes(code)) return false;
  account.usedCodes.push(code);
  return true;
}

const QR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M4 4h7v7h-7z"/></svg>';

function fieldProblem(field: string, message: string) {
  return json(
    {
      type: '/problems/validation-failed',
      title: 'Dữ liệu không hợp lệ',
      status: 422,
      detail: 'Dữ liệu gửi lên không hợp lệ.',
      code: 'VALIDATION_FAILED',
      errors: [{ field, message }],
    },
    422,
  );
}

export class MockAccounts {
  private readonly users: Account[] = accounts.map((u) => newAccount(u, PASSWORD));
  private readonly tokens: Token[] = [];
  private readonly events: SecurityEvent[] = [];
  private session: Session | null = null;
  /** The signed-in user's reminder digests, newest first; none unless a test sets them. */
  notifications: Notification[] = [];
  private failures = 0;
  private sessions = 0;
  /** Whether the server mails reset links (GET /session/options); tests switch it off. */
  passwordReset = true;
  /** The identity provider the server offers sign-in through, if any. */
  providerName: string | null = null;
  /** The reset mails sent, oldest first. */
  readonly resetMails: MockResetMail[] = [];
  private readonly resetLinks = new Map<string, ResetLink>();

  constructor(signedInAs: string | null = 'admin') {
    if (signedInAs) this.signIn(signedInAs);
  }

  /** Adds an account with the common password, for tests. */
  addAccount(user: UserView) {
    this.users.push(newAccount(user, PASSWORD));
  }

  /** Opens a session for `username`, as a successful POST /session would. */
  signIn(username: string): Session {
    const found = this.users.find((u) => u.username === username);
    if (!found) throw new Error(`mock: no user ${username}`);
    this.sessions += 1;
    this.session = {
      user: this.currentUser(found),
      csrfToken: `csrf-${this.sessions}`,
      expiresAt: '2099-01-01T00:00:00Z',
      idleTimeoutSeconds: 1800,
    };
    return this.session;
  }

  private currentUser(found: Account): CurrentUser {
    const { id, username, displayName, role, units, totpEnabled } = found;
    return { id, username, displayName, role, units, totpEnabled, canEnrolTotp: mayEnrol(role) };
  }

  /** Turns an account's second factor on, as enrolling and confirming would. */
  enableTotp(username: string) {
    const found = this.users.find((u) => u.username === username);
    if (!found) throw new Error(`mock: no user ${username}`);
    found.totpEnabled = true;
    found.totpPending = false;
  }

  /** Ends the session, as an expiry on the server would. */
  signOut() {
    this.session = null;
  }

  get currentSession(): Session | null {
    return this.session;
  }

  /** Lets every reset link mailed so far expire, as 30 minutes would. */
  expireResetLinks() {
    this.resetLinks.forEach((link) => (link.expired = true));
  }

  /** Answers the accounts' endpoints, refuses calls without a session; undefined otherwise. */
  async handle(request: Request, url: URL): Promise<Response | undefined> {
    const path = url.pathname;
    const method = request.method;
    if (path === '/api/v1/session' && method === 'POST') return this.login(request);
    if (path === '/api/v1/session/options' && method === 'GET')
      return json({
        passwordReset: this.passwordReset,
        providerSignIn: this.providerName !== null,
        providerName: this.providerName,
      });
    if (path === '/api/v1/password-resets' && method === 'POST') return this.requestReset(request);
    if (path === '/api/v1/password-resets/confirm' && method === 'POST')
      return this.confirmReset(request);
    if (!this.session)
      return problem(401, 'Chưa đăng nhập', 'Vui lòng đăng nhập.', 'UNAUTHENTICATED');
    if (method !== 'GET' && request.headers.get('X-CSRF-Token') !== this.session.csrfToken)
      return problem(403, 'Yêu cầu bị từ chối', 'Mã CSRF không hợp lệ.', 'CSRF_TOKEN_INVALID');
    const user = this.session.user;
    const s = url.searchParams;
    let m: RegExpExecArray | null;

    if (path === '/api/v1/session') {
      if (method === 'GET') return json(this.session);
      if (method === 'DELETE') {
        this.record('LOGOUT', user.username);
        this.session = null;
        return new Response(null, { status: 204 });
      }
    }
    if (path === '/api/v1/me') return json(user);
    if (path === '/api/v1/me/notifications') return json(page(this.notifications, s, 20));
    if ((m = /^\/api\/v1\/me\/notifications\/(\d+)\/read$/.exec(path)) && method === 'POST') {
      const id = Number(m[1]);
      if (!this.notifications.some((n) => n.id === id))
        return problem(404, 'Không tìm thấy', 'Không tìm thấy nhắc việc.', 'NOT_FOUND');
      // Copies, so that a test's fixture stays as it was.
      this.notifications = this.notifications.map((n) =>
        n.id === id ? { ...n, readAt: n.readAt ?? new Date().toISOString() } : n,
      );
      return json(this.notifications.find((n) => n.id === id));
    }
    if (path === '/api/v1/me/password' && method === 'PUT') return this.changePassword(request);
    if (path.startsWith('/api/v1/me/totp')) return this.handleTotp(request, path);
    if ((m = /^\/api\/v1\/(plans|tasks)\/(\d+)\/history$/.exec(path)))
      return json(page(m[1] === 'plans' ? planHistory() : taskHistory(), s, 20));
    if ((m = /^\/api\/v1\/units\/(\d+)\/obligations$/.exec(path))) {
      const own = user.units.some((u) => u.id === Number(m?.[1]));
      return user.role === 'UNIT_OFFICER' && !own ? forbidden() : undefined;
    }
    if (path.startsWith('/api/v1/tokens')) return this.handleTokens(request, path, s);
    if (path.startsWith('/api/v1/users') || path === '/api/v1/security-events') {
      if (user.role !== 'ADMIN') return forbidden();
      if (path === '/api/v1/security-events') {
        const kind = s.get('kind');
        return json(
          page(
            [...this.events].filter((e) => !kind || e.kind === kind),
            s,
            20,
          ),
        );
      }
      return this.handleUsers(request, path, s);
    }
    return undefined;
  }

  private record(kind: SecurityEventKind, username: string | null) {
    this.events.unshift({
      id: this.events.length + 1,
      at: new Date().toISOString(),
      kind,
      username,
      ip: '127.0.0.1',
      method: null,
      path: null,
    });
  }

  private async login(request: Request): Promise<Response> {
    const { username, password, otp } = (await request.json()) as {
      username: string;
      password: string;
      otp?: string;
    };
    if (this.failures >= MAX_LOGIN_FAILURES) {
      this.record('LOGIN_THROTTLED', username);
      const response = problem(
        429,
        'Tạm khóa đăng nhập',
        'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
        'LOGIN_THROTTLED',
      );
      response.headers.set('Retry-After', String(THROTTLE_SECONDS));
      return response;
    }
    const account = this.users.find((u) => u.username === username);
    if (!account || account.password !== password || !account.enabled) {
      this.failures += 1;
      this.record('LOGIN_FAILED', username);
      return problem(
        401,
        'Đăng nhập không thành công',
        'Tên đăng nhập hoặc mật khẩu không đúng.',
        'LOGIN_FAILED',
      );
    }
    if (account.totpEnabled && !otp) {
      this.record('OTP_REQUIRED', username);
      return problem(
        401,
        'Cần mã xác thực',
        'Tài khoản này có xác thực hai lớp: hãy nhập mã hiện tại trong ứng dụng xác thực.',
        'OTP_REQUIRED',
      );
    }
    if (account.totpEnabled && !acceptCode(account, otp)) {
      this.failures += 1;
      this.record('OTP_FAILED', username);
      return problem(
        401,
        'Mã xác thực không đúng',
        'Mã không đúng, đã hết hạn hoặc đã được dùng; hãy chờ mã tiếp theo rồi thử lại.',
        'OTP_INVALID',
      );
    }
    this.failures = 0;
    account.lastLoginAt = new Date().toISOString();
    this.record('LOGIN_SUCCEEDED', username);
    return json(this.signIn(username));
  }

  private resetDisabled() {
    return problem(
      404,
      'Chưa có chức năng đặt lại mật khẩu',
      'Máy chủ này không gửi thư đặt lại mật khẩu. Hãy đề nghị quản trị viên đặt mật khẩu mới cho bạn.',
      'PASSWORD_RESET_DISABLED',
    );
  }

  /** 202 alike for every login; a mail only to an enabled account with an address. */
  private async requestReset(request: Request): Promise<Response> {
    if (!this.passwordReset) return this.resetDisabled();
    const { login } = (await request.json()) as { login: string };
    const typed = login.trim().toLowerCase();
    this.record('PASSWORD_RESET_REQUESTED', typed);
    const account = this.users.find(
      (u) => u.enabled && u.email && (u.username === typed || u.email.toLowerCase() === typed),
    );
    const mailed = this.resetMails.filter((mail) => mail.username === account?.username).length;
    if (account?.email && mailed < RESET_MAILS_PER_ACCOUNT) {
      const token = `reset-${this.resetLinks.size + 1}-Zk3qX9wLp2`;
      this.resetLinks.set(token, { username: account.username, used: false, expired: false });
      this.resetMails.push({ to: account.email, username: account.username, token });
    }
    return json({ linkValidMinutes: RESET_LINK_MINUTES }, 202);
  }

  private async confirmReset(request: Request): Promise<Response> {
    if (!this.passwordReset) return this.resetDisabled();
    const body = (await request.json()) as { token: string; newPassword: string };
    const link = this.resetLinks.get(body.token);
    if (!link || link.used)
      return problem(
        422,
        'Liên kết đặt lại mật khẩu không hợp lệ',
        'Liên kết không đúng hoặc đã được dùng. Hãy yêu cầu một liên kết mới.',
        'RESET_TOKEN_INVALID',
      );
    if (link.expired)
      return problem(
        410,
        'Liên kết đặt lại mật khẩu đã hết hạn',
        'Liên kết đã hết hạn. Hãy yêu cầu một liên kết mới.',
        'RESET_TOKEN_EXPIRED',
      );
    if (body.newPassword.length < 10) return fieldProblem('newPassword', 'tối thiểu 10 ký tự');
    const account = this.users.find((u) => u.username === link.username) as Account;
    account.password = body.newPassword;
    // The link and the account's other links stop working; so do its sessions.
    this.resetLinks.forEach((other) => {
      if (other.username === link.username) other.used = true;
    });
    if (this.session?.user.username === link.username) this.session = null;
    this.record('PASSWORD_RESET_COMPLETED', account.username);
    return new Response(null, { status: 204 });
  }

  private async changePassword(request: Request): Promise<Response> {
    const body = (await request.json()) as { currentPassword: string; newPassword: string };
    const account = this.users.find((u) => u.id === this.session?.user.id) as Account;
    if (body.newPassword.length < 10) return fieldProblem('newPassword', 'tối thiểu 10 ký tự');
    if (body.currentPassword !== account.password)
      return problem(422, 'Không thực hiện được', 'Mật khẩu hiện tại không đúng.', 'RULE_VIOLATED');
    account.password = body.newPassword;
    this.record('PASSWORD_CHANGED', account.username);
    return new Response(null, { status: 204 });
  }

  private async handleTotp(request: Request, path: string): Promise<Response | undefined> {
    const found = this.users.find((u) => u.id === this.session?.user.id) as Account;
    const refresh = () => {
      if (this.session) this.session = { ...this.session, user: this.currentUser(found) };
    };
    const conflict = (detail: string) => problem(409, 'Xung đột', detail, 'CONFLICT');
    if (path === '/api/v1/me/totp' && request.method === 'DELETE') {
      const body = (await request.json()) as { code?: string; password?: string };
      if (!found.totpEnabled && !found.totpPending)
        return conflict('Tài khoản này chưa bật xác thực hai lớp.');
      if (found.totpEnabled && body.code) {
        if (!acceptCode(found, body.code))
          return fieldProblem('code', 'không phải mã hiện tại của ứng dụng xác thực');
      } else if (body.password) {
        if (body.password !== found.password)
          return fieldProblem('password', 'không phải mật khẩu của tài khoản này');
      } else if (found.totpEnabled) return fieldProblem('code', 'không được để trống');
      found.totpEnabled = false;
      found.totpPending = false;
      refresh();
      this.record('SECOND_FACTOR_DISABLED', found.username);
      return new Response(null, { status: 204 });
    }
    if (request.method !== 'POST') return undefined;
    if (!mayEnrol(found.role))
      return problem(
        403,
        'Tài khoản này không dùng xác thực hai lớp',
        'Chỉ quản trị viên và cán bộ điều phối mới thiết lập được xác thực hai lớp.',
        'SECOND_FACTOR_NOT_ALLOWED',
      );
    if (path === '/api/v1/me/totp') {
      if (found.totpEnabled) return conflict('Xác thực hai lớp đang bật; hãy tắt trước.');
      found.totpPending = true;
      return json({
        secret: TOTP_SECRET,
        otpauthUri: `otpauth://totp/Plan%20tracker:${found.username}?secret=${TOTP_SECRET}&issuer=Plan%20tracker`,
        qrSvg: QR_SVG,
      });
    }
    if (path === '/api/v1/me/totp/confirm') {
      const { code } = (await request.json()) as { code?: string };
      if (!code) return fieldProblem('code', 'không được để trống');
      if (!found.totpPending) return conflict('Không có thiết lập nào đang chờ xác nhận.');
      if (!acceptCode(found, code))
        return fieldProblem('code', 'không phải mã hiện tại của ứng dụng xác thực');
      found.totpPending = false;
      found.totpEnabled = true;
      refresh();
      this.record('SECOND_FACTOR_ENABLED', found.username);
      return new Response(null, { status: 204 });
    }
    return problem(404, 'Không tìm thấy', 'Không có đường dẫn này.', 'ROUTE_NOT_FOUND');
  }

  private async handleTokens(request: Request, path: string, s: URLSearchParams) {
    const user = this.session?.user as CurrentUser;
    if (path === '/api/v1/tokens' && request.method === 'GET') {
      const visible = this.tokens.filter((t) => user.role === 'ADMIN' || t.owner.id === user.id);
      return json(page([...visible].reverse(), s, 20));
    }
    if (path === '/api/v1/tokens' && request.method === 'POST') {
      const body = (await request.json()) as TokenInput;
      if (!body.name?.trim()) return fieldProblem('name', 'không được để trống');
      const latest = new Date();
      latest.setFullYear(latest.getFullYear() + 1);
      if (body.expiresOn > latest.toISOString().slice(0, 10))
        return fieldProblem('expiresOn', 'tối đa một năm');
      const own = new Set(user.units.map((u) => u.id));
      const unitIds = body.unitIds ?? [];
      if (body.scope === 'REPORT_WRITE' && !unitIds.every((id) => own.has(id)))
        return fieldProblem('unitIds', 'chỉ các đơn vị của bạn');
      const id = this.tokens.length + 1;
      const secret = `pt_${id}${'x7Kq9Lm2Np4Rs6Tv8Wy'.repeat(2)}`;
      const token: Token = {
        id,
        name: body.name.trim(),
        prefix: secret.slice(0, 8),
        scope: body.scope,
        units: unitIds.map(unitRef),
        owner: { id: user.id, username: user.username },
        createdAt: new Date().toISOString(),
        expiresOn: body.expiresOn,
        lastUsedAt: null,
        revokedAt: null,
      };
      this.tokens.push(token);
      this.record('TOKEN_CREATED', user.username);
      return json({ token: secret, details: token }, 201);
    }
    const m = /^\/api\/v1\/tokens\/(\d+)$/.exec(path);
    const token = m && this.tokens.find((t) => t.id === Number(m[1]));
    if (token && request.method === 'DELETE') {
      token.revokedAt = new Date().toISOString();
      this.record('TOKEN_REVOKED', user.username);
      return new Response(null, { status: 204 });
    }
    return problem(404, 'Không tìm thấy', 'Không tìm thấy khóa API.', 'NOT_FOUND');
  }

  private async handleUsers(request: Request, path: string, s: URLSearchParams) {
    if (path === '/api/v1/users' && request.method === 'GET') {
      const q = foldVietnamese(s.get('q') ?? '');
      const role = s.get('role');
      const found = this.users.filter(
        (u) =>
          (!role || u.role === role) &&
          foldVietnamese(`${u.username} ${u.displayName}`).includes(q),
      );
      return json(page(found.map(view), s, 20));
    }
    if (path === '/api/v1/users' && request.method === 'POST') {
      const body = (await request.json()) as UserInput;
      if (this.users.some((u) => u.username === body.username))
        return fieldProblem('username', 'đã có người dùng này');
      if (body.password.length < 10) return fieldProblem('password', 'tối thiểu 10 ký tự');
      const { unitIds, enabled = true, ...rest } = body;
      const created: Account = newAccount(
        {
          ...rest,
          email: rest.email ?? null,
          enabled,
          id: this.users.length + 1,
          units: unitIds.map(unitRef),
          lastLoginAt: null,
          version: 1,
          totpEnabled: false,
          canResetTotp: false,
        },
        rest.password,
      );
      this.users.push(created);
      return json(view(created), 201);
    }
    const m = /^\/api\/v1\/users\/(\d+)(\/password|\/totp)?$/.exec(path);
    const account = m && this.users.find((u) => u.id === Number(m[1]));
    if (!account) return problem(404, 'Không tìm thấy', 'Không tìm thấy người dùng.', 'NOT_FOUND');
    if (m?.[2] === '/totp' && request.method === 'DELETE') {
      account.totpEnabled = false;
      account.totpPending = false;
      this.record('SECOND_FACTOR_RESET', account.username);
      return new Response(null, { status: 204 });
    }
    if (m?.[2] === '/password' && request.method === 'PUT') {
      account.password = ((await request.json()) as { newPassword: string }).newPassword;
      return new Response(null, { status: 204 });
    }
    if (request.method === 'PUT') {
      const body = (await request.json()) as UserUpdate;
      if (body.version !== account.version)
        return problem(
          409,
          'Dữ liệu đã thay đổi',
          'Người dùng đã được người khác sửa. Vui lòng tải lại.',
          'STALE_VERSION',
        );
      const { unitIds, ...rest } = body;
      // An e-mail left out clears the address, as on the server.
      Object.assign(account, rest, {
        email: rest.email ?? null,
        units: unitIds.map(unitRef),
        version: account.version + 1,
      });
    }
    return json(view(account));
  }
}
