package vn.gov.plantracker.auth;

import java.util.Set;
import vn.gov.plantracker.account.AccountRole;

/**
 * Who is acting on a request: the signed-in user, through a session or an API token.
 *
 * @param credentialId the session or token id
 * @param tokenUnitIds for a report-write token, the units it may write for
 */
public record Actor(
    long userId,
    String username,
    AccountRole role,
    Set<Long> unitIds,
    Via via,
    long credentialId,
    TokenScope tokenScope,
    Set<Long> tokenUnitIds) {

  /** The attribute of the security identity that holds the actor. */
  public static final String ATTRIBUTE = "plantracker.actor";

  /** How the actor proved who they are. */
  public enum Via {
    SESSION,
    TOKEN,
    SYSTEM
  }

  public boolean is(AccountRole wanted) {
    return role == wanted;
  }

  /** Sees every unit's data: everyone but a unit officer. */
  public boolean seesAllUnits() {
    return role != AccountRole.UNIT_OFFICER;
  }

  public boolean belongsTo(long unitId) {
    return unitIds.contains(unitId);
  }
}
