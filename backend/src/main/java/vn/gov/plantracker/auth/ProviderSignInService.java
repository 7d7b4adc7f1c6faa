package vn.gov.plantracker.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.account.UserRepository;
import vn.gov.plantracker.auth.SessionDtos.SignInOptions;

/**
 * Signs a user in with an account of the identity provider: by the account's stored link, else once
 * by a claim naming an active local user, whose link is then stored. Never creates users.
 */
@ApplicationScoped
public class ProviderSignInService {

  /** Why a provider sign-in ended on the login page; sent there as {@code ?error=}. */
  public enum Refusal {
    /** No local user is linked to the account or named by its claim. */
    PROVIDER_ACCOUNT_UNKNOWN,
    /** The local user is disabled. */
    PROVIDER_ACCOUNT_DISABLED,
    /** The provider's answer could not be completed (for example a code used twice). */
    PROVIDER_SIGN_IN_FAILED
  }

  /** A provider sign-in that does not open a session. */
  public static final class Refused extends RuntimeException {
    private final Refusal refusal;

    Refused(Refusal refusal) {
      super(refusal.name(), null, false, false);
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  /** The provider's account as its ID token names it. */
  public record ProviderAccount(String issuer, String subject, String claim) {}

  private static final int MAX_ID_LENGTH = 255;

  private final ProviderConfig config;
  private final SessionService sessions;
  private final SecurityEventLog events;
  private final UserRepository users;

  ProviderSignInService(
      ProviderConfig config,
      SessionService sessions,
      SecurityEventLog events,
      UserRepository users) {
    this.config = config;
    this.users = users;
    this.sessions = sessions;
    this.events = events;
  }

  public boolean enabled() {
    return config.enabled();
  }

  public String linkClaim() {
    return config.linkClaim();
  }

  /** The sign-in options, this provider's part filled in. */
  public SignInOptions options(boolean passwordReset) {
    return new SignInOptions(
        passwordReset, config.enabled(), config.enabled() ? config.name() : null);
  }

  @Transactional
  public SessionService.Opened signIn(ProviderAccount account, ClientInfo client) {
    String claim = account.claim() == null ? null : SessionService.normalise(account.claim());
    if (!storable(account.issuer()) || !storable(account.subject())) {
      throw refuse(Refusal.PROVIDER_SIGN_IN_FAILED, claim, null, client);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Optional<ProviderLink> link = ProviderLink.findAccount(account.issuer(), account.subject());
    User user;
    if (link.isPresent()) {
      user = link.get().user;
      if (!user.enabled) {
        throw refuse(Refusal.PROVIDER_ACCOUNT_DISABLED, user.username, user.id, client);
      }
      link.get().lastUsedAt = now;
    } else {
      user = named(claim, account.issuer(), client);
      ProviderLink created = new ProviderLink();
      created.user = user;
      created.issuer = account.issuer();
      created.subject = account.subject();
      created.linkedAt = now;
      created.lastUsedAt = now;
      created.persist();
    }
    return sessions.open(user, client, SecurityEventKind.PROVIDER_LOGIN_SUCCEEDED);
  }

  /** Records a refusal that happened before an account was known (a failed code exchange). */
  public void recordFailure(ClientInfo client) {
    events.record(SecurityEventKind.PROVIDER_LOGIN_REFUSED, null, null, client);
  }

  /**
   * The active user whose username, or else whose only e-mail address, equals the claim, and who
   * has no other account of this provider linked.
   */
  private User named(String claim, String issuer, ClientInfo client) {
    if (claim == null || claim.isBlank()) {
      throw refuse(Refusal.PROVIDER_ACCOUNT_UNKNOWN, null, null, client);
    }
    List<User> candidates =
        users.findByUsername(claim).map(List::of).orElseGet(() -> users.listByEmail(claim));
    List<User> active = candidates.stream().filter(u -> u.enabled).toList();
    if (active.size() == 1 && !ProviderLink.userLinked(active.get(0).id, issuer)) {
      return active.get(0);
    }
    if (active.isEmpty() && candidates.size() == 1) {
      User disabled = candidates.get(0);
      throw refuse(Refusal.PROVIDER_ACCOUNT_DISABLED, disabled.username, disabled.id, client);
    }
    throw refuse(Refusal.PROVIDER_ACCOUNT_UNKNOWN, claim, null, client);
  }

  private Refused refuse(Refusal refusal, String username, Long userId, ClientInfo client) {
    events.record(SecurityEventKind.PROVIDER_LOGIN_REFUSED, username, userId, client);
    return new Refused(refusal);
  }

  private static boolean storable(String id) {
    return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH;
  }
}
