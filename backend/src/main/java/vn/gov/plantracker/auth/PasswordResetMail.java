package vn.gov.plantracker.auth;

import io.quarkus.mailer.Mail;

/** The reset mail: Vietnamese first, then English, with the link and how long it works. */
final class PasswordResetMail {

  static final String SUBJECT = "Đặt lại mật khẩu / Password reset";

  private PasswordResetMail() {}

  static Mail compose(
      String to, String username, String displayName, String link, long validMinutes) {
    String name = displayName == null || displayName.isBlank() ? username : displayName;
    String body =
        """
        Kính gửi %1$s,

        Có yêu cầu đặt lại mật khẩu cho tài khoản %2$s trên hệ thống theo dõi thực hiện kế hoạch.
        Để đặt mật khẩu mới, hãy mở liên kết sau trong vòng %4$d phút:

        %3$s

        Liên kết chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện
        tại vẫn giữ nguyên.

        ----

        Dear %1$s,

        Someone asked to reset the password of the account %2$s on the plan tracker.
        To set a new password, open this link within %4$d minutes:

        %3$s

        The link works once. If you did not ask for this, ignore this e-mail: your password stays
        as it is.
        """
            .formatted(name, username, link, validMinutes);
    return Mail.withText(to, SUBJECT, body);
  }
}
