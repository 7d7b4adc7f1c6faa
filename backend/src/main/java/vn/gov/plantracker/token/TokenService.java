package vn.gov.plantracker.token;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.plantracker.account.AccountRole;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.auth.ClientInfo;
import vn.gov.plantracker.auth.Secrets;
import vn.gov.plantracker.auth.SecurityConfig;
import vn.gov.plantracker.auth.SecurityEventKind;
import vn.gov.plantracker.auth.SecurityEventLog;
import vn.gov.plantracker.auth.TokenScope;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.token.TokenDtos.CreatedToken;
import vn.gov.plantracker.token.TokenDtos.TokenInput;
import vn.gov.plantracker.token.TokenDtos.TokenView;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitRepository;

/** Creates, lists, revokes and recognises API tokens. */
@ApplicationScoped
public class TokenService {

  private static final String PREFIX = "pt_";
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final UnitRepository units;
  private final SecurityEventLog events;
  private final Duration maxLifetime;

  TokenService(UnitRepository units, SecurityEventLog events, SecurityConfig config) {
    this.units = units;
    this.events = events;
    this.maxLifetime = config.tokenMaxLifetime();
  }

  /** The actor's own tokens; an administrator sees everyone's. Newest first. */
  @Transactional
  public Page<TokenView> list(Actor actor, PageRequest page) {
    String where = actor.is(AccountRole.ADMIN) ? "1 = 1" : "owner.id = ?1";
    Object[] params = actor.is(AccountRole.ADMIN) ? new Object[0] : new Object[] {actor.userId()};
    long total = ApiToken.count(where, params);
    List<Long> ids =
        ApiToken.<ApiToken>find(where + " order by createdAt desc, id desc", params)
            .page(page.page(), page.size())
            .stream()
            .map(t -> t.id)
            .toList();
    List<TokenView> items =
        ids.isEmpty()
            ? List.of()
            : ApiToken.<ApiToken>find(
                    "select distinct t from ApiToken t join fetch t.owner left join fetch t.units"
                        + " where t.id in ?1 order by t.createdAt desc, t.id desc",
                    ids)
                .stream()
                .map(TokenView::of)
                .toList();
    return Page.of(items, page, total);
  }

  @Transactional
  public CreatedToken create(Actor actor, TokenInput input, ClientInfo client) {
    Set<Unit> scopeUnits = unitsFor(actor, input);
    LocalDate today = VietnamTime.today();
    long maxDays = maxLifetime.toDays();
    if (!input.expiresOn().isAfter(today) || input.expiresOn().isAfter(today.plusDays(maxDays))) {
      throw ApiException.rule("rule.token.expiry", maxDays);
    }
    String secret = PREFIX + Secrets.generate();
    ApiToken token = new ApiToken();
    token.name = input.name().trim();
    token.prefix = secret.substring(0, PREFIX.length() + 7);
    token.tokenHash = Secrets.hash(secret);
    token.scope = input.scope();
    token.owner = User.findById(actor.userId());
    token.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    token.expiresOn = input.expiresOn();
    token.units.addAll(scopeUnits);
    token.persist();
    events.record(SecurityEventKind.TOKEN_CREATED, actor.username(), actor.userId(), client);
    return new CreatedToken(secret, TokenView.of(token));
  }

  @Transactional
  public TokenView get(Actor actor, long id) {
    return TokenView.of(visible(actor, id));
  }

  /** Revokes a token: one's own, or any for an administrator. */
  @Transactional
  public void revoke(Actor actor, long id, ClientInfo client) {
    ApiToken token = visible(actor, id);
    if (token.revokedAt == null) {
      token.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
      events.record(SecurityEventKind.TOKEN_REVOKED, actor.username(), actor.userId(), client);
    }
  }

  /**
   * The actor behind a bearer token; fails when unknown, revoked, expired or its owner disabled.
   */
  @Transactional
  public Actor authenticate(String secret, String method, String path) {
    ApiToken token =
        ApiToken.<ApiToken>find(
                "select t from ApiToken t join fetch t.owner o left join fetch o.units"
                    + " left join fetch t.units where t.tokenHash = ?1",
                Secrets.hash(secret))
            .singleResultOptional()
            .orElse(null);
    if (token == null || !token.usableOn(VietnamTime.today())) {
      throw new AuthenticationFailedException("Unknown or expired token");
    }
    if (!TokenPolicy.allows(token.scope, method, path)) {
      throw new ApiException(ErrorCode.TOKEN_SCOPE_INSUFFICIENT);
    }
    Instant now = Instant.now();
    if (token.lastUsedAt == null || token.lastUsedAt.plus(TOUCH_EVERY).isBefore(now)) {
      token.lastUsedAt = now.truncatedTo(ChronoUnit.MICROS);
    }
    User owner = token.owner;
    return new Actor(
        owner.id,
        owner.username,
        owner.accountRole(),
        ids(owner.units),
        Actor.Via.TOKEN,
        token.id,
        token.scope,
        ids(token.units));
  }

  /** One's own token, or any for an administrator; others' tokens are not found. */
  ApiToken visible(Actor actor, long id) {
    return ApiToken.<ApiToken>findByIdOptional(id)
        .filter(t -> actor.is(AccountRole.ADMIN) || t.owner.id == actor.userId())
        .orElseThrow(() -> ApiException.notFound("entity.token", id));
  }

  private Set<Unit> unitsFor(Actor actor, TokenInput input) {
    List<Long> wanted = input.unitIds() == null ? List.of() : input.unitIds();
    if (input.scope() == TokenScope.READ) {
      if (!wanted.isEmpty()) {
        throw ApiException.rule("rule.token.unitsOnlyForReportWrite");
      }
      return Set.of();
    }
    if (wanted.isEmpty()) {
      throw ApiException.rule("rule.token.unitsRequired");
    }
    for (Long unitId : wanted) {
      if (!actor.belongsTo(unitId)) {
        throw ApiException.rule("rule.token.notYourUnit", unitId);
      }
    }
    return new LinkedHashSet<>(units.listByIds(new LinkedHashSet<>(wanted)));
  }

  private static Set<Long> ids(Set<Unit> units) {
    return units.stream().map(u -> u.id).collect(Collectors.toUnmodifiableSet());
  }
}
