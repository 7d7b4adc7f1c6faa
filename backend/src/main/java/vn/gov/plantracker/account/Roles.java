package vn.gov.plantracker.account;

/** Role names for {@code @RolesAllowed}; they mirror {@link AccountRole}. */
public final class Roles {

  public static final String ADMIN = "ADMIN";
  public static final String COORDINATOR = "COORDINATOR";
  public static final String UNIT_OFFICER = "UNIT_OFFICER";
  public static final String LEADER = "LEADER";

  /**
   * Everyone who may read the plans: every signed-in user, and anonymous callers when public read
   * is switched on.
   */
  public static final String READER = "READER";

  private Roles() {}
}
