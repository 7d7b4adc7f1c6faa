package vn.gov.plantracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import vn.gov.plantracker.account.UserDtos.CurrentUser;
import vn.gov.plantracker.account.UserDtos.UserInput;
import vn.gov.plantracker.account.UserDtos.UserUpdate;
import vn.gov.plantracker.account.UserDtos.UserView;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.auth.ClientInfo;
import vn.gov.plantracker.auth.SecurityEventKind;
import vn.gov.plantracker.auth.SecurityEventLog;
import vn.gov.plantracker.auth.SessionService;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitRepository;

/** Manages accounts and passwords. */
@ApplicationScoped
public class UserService {

  private final UserRepository users;
  private final UnitRepository units;
  private final SessionService sessions;
  private final SecurityEventLog events;
  private final PasswordPolicy passwords;

  UserService(
      UserRepository users,
      UnitRepository units,
      SessionService sessions,
      SecurityEventLog events,
      PasswordPolicy passwords) {
    this.users = users;
    this.units = units;
    this.sessions = sessions;
    this.events = events;
    this.passwords = passwords;
  }

  @Transactional
  public Page<UserView> list(AccountRole role, String query, PageRequest page) {
    List<UserView> items = users.search(role, query, page).stream().map(UserView::of).toList();
    return Page.of(items, page, users.countSearch(role, query));
  }

  @Transactional
  public UserView get(long id) {
    return UserView.of(users.get(id));
  }

  @Transactional
  public CurrentUser me(Actor actor) {
    return CurrentUser.of(users.get(actor.userId()));
  }

  @Transactional
  public UserView create(UserInput input) {
    String username = input.username().toLowerCase(Locale.ROOT);
    if (users.findByUsername(username).isPresent()) {
      throw ApiException.conflict("rule.user.usernameTaken", username);
    }
    passwords.check("password", input.password(), username, input.displayName());
    User user = new User();
    user.username = username;
    user.passwordHash = BcryptUtil.bcryptHash(input.password());
    user.enabled = input.enabled() == null || input.enabled();
    apply(user, input.displayName(), input.role(), input.unitIds());
    user.email = blankToNull(input.email());
    user.persist();
    return UserView.of(user);
  }

  @Transactional
  public UserView update(long id, UserUpdate input) {
    User user = users.get(id);
    ApiException.checkVersion(input.version(), user.version, "entity.user", id);
    apply(user, input.displayName(), input.role(), input.unitIds());
    user.email = blankToNull(input.email());
    user.enabled = input.enabled();
    if (!user.enabled) {
      sessions.endAllOf(user.id, null);
    }
    users.flush();
    return UserView.of(user);
  }

  /** An administrator sets a new password; the user's sessions end. */
  @Transactional
  public void resetPassword(long id, String newPassword, Actor admin, ClientInfo client) {
    User user = users.get(id);
    passwords.check("newPassword", newPassword, user.username, user.displayName);
    user.passwordHash = BcryptUtil.bcryptHash(newPassword);
    sessions.endAllOf(user.id, null);
    events.record(SecurityEventKind.PASSWORD_CHANGED, user.username, admin.userId(), client);
  }

  /** The user changes their own password; their other sessions end. */
  @Transactional
  public void changePassword(
      Actor actor, String currentPassword, String newPassword, ClientInfo client) {
    User user = users.get(actor.userId());
    if (sessions.checkPassword(user.username, currentPassword).isEmpty()) {
      throw ApiException.rule("rule.password.currentWrong");
    }
    passwords.check("newPassword", newPassword, user.username, user.displayName);
    user.passwordHash = BcryptUtil.bcryptHash(newPassword);
    Long keep = actor.via() == Actor.Via.SESSION ? actor.credentialId() : null;
    sessions.endAllOf(user.id, keep);
    events.record(SecurityEventKind.PASSWORD_CHANGED, user.username, user.id, client);
  }

  private void apply(User user, String displayName, AccountRole role, List<Long> unitIds) {
    List<Unit> found = units.listByIds(new LinkedHashSet<>(unitIds));
    if (found.size() != new LinkedHashSet<>(unitIds).size()) {
      Long missing =
          unitIds.stream()
              .filter(id -> found.stream().noneMatch(u -> u.id.equals(id)))
              .findFirst()
              .orElseThrow();
      throw ApiException.notFound("entity.unit", missing);
    }
    if ((role == AccountRole.UNIT_OFFICER || role == AccountRole.COORDINATOR) && found.isEmpty()) {
      throw ApiException.rule("rule.user.unitRequired", role.name());
    }
    user.displayName = displayName.trim();
    user.role = role.name();
    user.units.clear();
    user.units.addAll(found);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
