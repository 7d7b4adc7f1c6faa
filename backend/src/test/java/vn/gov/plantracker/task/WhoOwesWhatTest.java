package vn.gov.plantracker.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.plantracker.task.ReportDuties.Reporter;
import vn.gov.plantracker.task.TaskDtos.RoleView;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;

/**
 * Who owes what in one assignment block, as a unit's obligations and the task filter show it and as
 * the period's expected reports count it: one reading, case by case.
 */
class WhoOwesWhatTest {

  private static final Unit LABOUR = unit(1, "Phòng LĐTBXH");
  private static final Unit EDUCATION = unit(2, "Phòng GD&ĐT");
  private static final Unit PO_Y = unit(3, "UBND xã Pờ Y");
  private static final Unit DAK_ANG = unit(4, "UBND xã Đăk Ang");
  private static final UnitGroup COMMUNES = group(10, "ALL_COMMUNES", PO_Y, DAK_ANG);
  private static final UnitGroup OFFICES = group(11, "OFFICES", LABOUR, EDUCATION);

  /**
   * A block, a unit, the roles its obligations list (in order, "ROLE via GROUP" when through a
   * group) and the role its report on the block's tasks is expected in (null: no report).
   */
  record Case(String name, AssignmentBlock block, Unit unit, List<String> roles, String reports) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("the lead", block(LABOUR, null), LABOUR, List.of("LEAD"), "LEAD"),
        new Case(
            "a unit named as coordinating",
            block(LABOUR, null, party(PartyRole.COORDINATING, EDUCATION)),
            EDUCATION,
            List.of("COORDINATING"),
            "COORDINATING"),
        new Case(
            "a commune through the group of communes",
            block(LABOUR, null, party(PartyRole.IMPLEMENTING, COMMUNES)),
            PO_Y,
            List.of("IMPLEMENTING via ALL_COMMUNES"),
            "IMPLEMENTING"),
        new Case(
            "the guiding unit guides and does not report",
            block(null, EDUCATION, party(PartyRole.IMPLEMENTING, COMMUNES)),
            EDUCATION,
            List.of("GUIDANCE"),
            null),
        new Case(
            "the guiding unit is also one of the offices: it still only guides",
            block(null, EDUCATION, party(PartyRole.IMPLEMENTING, OFFICES)),
            EDUCATION,
            List.of("GUIDANCE"),
            null),
        new Case(
            "the others in that group report",
            block(null, EDUCATION, party(PartyRole.IMPLEMENTING, OFFICES)),
            LABOUR,
            List.of("IMPLEMENTING via OFFICES"),
            "IMPLEMENTING"),
        new Case(
            "lead and guide at once: both roles, one report as lead",
            block(LABOUR, LABOUR),
            LABOUR,
            List.of("LEAD", "GUIDANCE"),
            "LEAD"),
        new Case(
            "lead and implementing at once: both roles, one report as lead",
            block(LABOUR, null, party(PartyRole.IMPLEMENTING, LABOUR)),
            LABOUR,
            List.of("LEAD", "IMPLEMENTING"),
            "LEAD"),
        new Case(
            "named directly and in a named group: only the direct role counts",
            block(
                LABOUR,
                null,
                party(PartyRole.COORDINATING, PO_Y),
                party(PartyRole.IMPLEMENTING, COMMUNES)),
            PO_Y,
            List.of("COORDINATING"),
            "COORDINATING"),
        new Case(
            "in two named groups: both roles, one report in the first",
            block(
                null,
                null,
                party(PartyRole.COORDINATING, OFFICES),
                party(PartyRole.IMPLEMENTING, group(12, "EDUCATION_ONLY", EDUCATION))),
            EDUCATION,
            List.of("COORDINATING via OFFICES", "IMPLEMENTING via EDUCATION_ONLY"),
            "COORDINATING"),
        new Case(
            "a unit the block does not concern",
            block(LABOUR, null, party(PartyRole.IMPLEMENTING, COMMUNES)),
            EDUCATION,
            List.of(),
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shouldReadTheBlockOnceForObligationsAndExpectedReports(Case c) {
    Map<Long, UnitGroup> groups =
        c.block().parties.stream()
            .filter(p -> p.group != null)
            .collect(Collectors.toMap(p -> p.group.id, p -> p.group, (a, b) -> a));
    Set<Long> groupsOfUnit =
        groups.values().stream()
            .filter(g -> g.members.contains(c.unit()))
            .map(g -> g.id)
            .collect(Collectors.toSet());

    List<RoleView> roles = UnitRoles.of(c.block(), c.unit().id, groupsOfUnit);
    assertThat(roles.stream().map(WhoOwesWhatTest::describe)).containsExactlyElementsOf(c.roles());
    assertThat(roles.stream().filter(r -> r.role().reports()).findAny().isPresent())
        .as("the obligations say a report is owed")
        .isEqualTo(c.reports() != null);

    Optional<String> reportsAs =
        ReportDuties.reporters(c.block(), groups).stream()
            .filter(r -> r.unit() == c.unit())
            .map(Reporter::role)
            .map(r -> r.role().name())
            .findFirst();
    assertThat(reportsAs).isEqualTo(Optional.ofNullable(c.reports()));
  }

  private static String describe(RoleView role) {
    return role.viaGroup() == null
        ? role.role().name()
        : role.role().name() + " via " + role.viaGroup().shortName();
  }

  private static Unit unit(long id, String name) {
    Unit unit = new Unit();
    unit.id = id;
    unit.name = name;
    unit.shortName = name;
    return unit;
  }

  private static UnitGroup group(long id, String code, Unit... members) {
    UnitGroup group = new UnitGroup();
    group.id = id;
    group.code = code;
    group.name = code;
    group.members.addAll(List.of(members));
    return group;
  }

  private static AssignmentParty party(PartyRole role, Unit unit) {
    return AssignmentParty.of(role, unit, null);
  }

  private static AssignmentParty party(PartyRole role, UnitGroup group) {
    return AssignmentParty.of(role, null, group);
  }

  private static AssignmentBlock block(Unit lead, Unit guidance, AssignmentParty... parties) {
    AssignmentBlock block = new AssignmentBlock();
    block.id = 100L;
    block.lead = lead;
    block.guidance = guidance;
    block.parties.addAll(List.of(parties));
    return block;
  }
}
