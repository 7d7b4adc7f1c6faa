package vn.gov.plantracker.orgchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.orgchange.OrgChangeDtos.LegalBasis;
import vn.gov.plantracker.orgchange.OrgChangeDtos.NewUnit;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeInput;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangePackage;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangePackageSummary;
import vn.gov.plantracker.unit.ChangeKind;
import vn.gov.plantracker.unit.UnitKind;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * Reorganisations shipped as data files under {@code resources/orgchange/}, naming units by their
 * seed keys; offered with this database's ids so they can be corrected, previewed and recorded.
 * Nothing here applies them.
 */
@ApplicationScoped
public class OrgChangePackages {

  /** The packages shipped, by file name. */
  private static final List<String> SHIPPED = List.of("ngoc-hoi-2025");

  /** A package file as written. */
  record PackageFile(String code, String title, List<String> notes, List<PackageChange> changes) {}

  record PackageChange(
      ChangeKind kind,
      LocalDate effectiveDate,
      LegalBasis basis,
      String note,
      List<String> predecessorKeys,
      List<String> successorKeys,
      List<String> predecessorRefs,
      List<String> successorRefs,
      List<PackageUnit> newUnits) {}

  record PackageUnit(
      String name,
      String shortName,
      UnitKind kind,
      String officialCode,
      String ref,
      String parentRef,
      String parentKey) {}

  private final ObjectMapper json;
  private final UnitRepository units;

  OrgChangePackages(ObjectMapper json, UnitRepository units) {
    this.json = json;
    this.units = units;
  }

  public List<OrgChangePackageSummary> list() {
    return SHIPPED.stream()
        .map(this::read)
        .map(p -> new OrgChangePackageSummary(p.code(), p.title(), p.changes().size()))
        .toList();
  }

  /** The package's changes, its unit keys turned into this database's ids. */
  @Transactional
  public OrgChangePackage get(String code) {
    if (!SHIPPED.contains(code)) {
      throw ApiException.notFound("entity.orgChangePackage", code);
    }
    PackageFile file = read(code);
    List<OrgChangeInput> changes = new ArrayList<>();
    for (PackageChange c : file.changes()) {
      changes.add(
          new OrgChangeInput(
              c.kind(),
              c.effectiveDate(),
              c.basis(),
              c.note(),
              ids(c.predecessorKeys()),
              ids(c.successorKeys()),
              c.newUnits() == null ? List.of() : c.newUnits().stream().map(this::newUnit).toList(),
              c.predecessorRefs(),
              c.successorRefs(),
              null,
              null));
    }
    return new OrgChangePackage(file.code(), file.title(), file.notes(), changes);
  }

  private NewUnit newUnit(PackageUnit u) {
    Long parentId = u.parentKey() == null ? null : id(u.parentKey());
    return new NewUnit(
        u.name(), u.shortName(), u.kind(), parentId, u.officialCode(), u.ref(), u.parentRef());
  }

  private List<Long> ids(List<String> keys) {
    return keys == null ? List.of() : keys.stream().map(this::id).toList();
  }

  private Long id(String key) {
    return units
        .findByKey(key)
        .orElseThrow(() -> ApiException.rule("rule.orgChange.packageUnitMissing", key))
        .id;
  }

  private PackageFile read(String code) {
    try (InputStream in =
        OrgChangePackages.class.getResourceAsStream("/orgchange/" + code + ".json")) {
      return json.readValue(in, PackageFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
