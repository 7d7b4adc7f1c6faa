package vn.gov.plantracker.planimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.MessageKey;
import vn.gov.plantracker.common.error.Messages;
import vn.gov.plantracker.common.file.FileNames;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.planimport.DraftCheck.Finding;
import vn.gov.plantracker.planimport.PlanImportDtos.DraftProblem;
import vn.gov.plantracker.planimport.PlanImportDtos.PlanImportSummary;
import vn.gov.plantracker.planimport.PlanImportDtos.PlanImportUpdate;
import vn.gov.plantracker.planimport.PlanImportDtos.PlanImportView;
import vn.gov.plantracker.planimport.PlanImportDtos.UnitChoice;
import vn.gov.plantracker.planimport.PlanImportDtos.UnitChoiceInput;
import vn.gov.plantracker.seed.PlanWriter;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * Plan imports: a document read into a draft, corrected by a person, and confirmed into a live plan
 * in one transaction, so a plan is either whole or not there.
 */
@ApplicationScoped
public class PlanImportService {

  private static final TypeReference<List<UnitChoice>> CHOICES = new TypeReference<>() {};
  private static final TypeReference<List<ImportWarning>> WARNINGS = new TypeReference<>() {};
  private static final TypeReference<DraftPlan> DRAFT = new TypeReference<>() {};

  private final ObjectMapper json;
  private final UnitRepository units;
  private final PlanRepository plans;
  private final long maxFileBytes;

  PlanImportService(
      ObjectMapper json,
      UnitRepository units,
      PlanRepository plans,
      @ConfigProperty(name = "plantracker.import.max-file-bytes", defaultValue = "5242880")
          long maxFileBytes) {
    this.json = json;
    this.units = units;
    this.plans = plans;
    this.maxFileBytes = maxFileBytes;
  }

  /** Reads pasted text into a new draft. */
  @Transactional
  public PlanImportView fromText(String text, Actor actor, Locale locale) {
    return start(text, null, actor, locale);
  }

  /** Reads an uploaded .docx or .txt into a new draft. */
  @Transactional
  public PlanImportView fromFile(FileUpload upload, Actor actor, Locale locale) {
    if (upload == null) {
      throw ApiException.missing("file");
    }
    if (upload.size() > maxFileBytes) {
      throw ApiException.rule("rule.import.fileTooLarge", maxFileBytes / (1024 * 1024));
    }
    try {
      String text = UploadedText.read(Files.readAllBytes(upload.uploadedFile()));
      return start(text, fileName(upload.fileName()), actor, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Transactional
  public Page<PlanImportSummary> list(ImportStatus status, PageRequest page) {
    String where = status == null ? "" : " where i.status = :status";
    var query =
        PlanImport.getEntityManager()
            .createQuery(
                "select new vn.gov.plantracker.planimport.PlanImportDtos$PlanImportSummary("
                    + "i.id, i.status, i.sourceName, i.title, i.createdAt, i.planId)"
                    + " from PlanImport i"
                    + where
                    + " order by i.id desc",
                PlanImportSummary.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    List<PlanImportSummary> items =
        query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    long total = status == null ? PlanImport.count() : PlanImport.count("status", status);
    return Page.of(items, page, total);
  }

  @Transactional
  public PlanImportView get(long id, Locale locale) {
    return view(find(id), Catalogue.load(units), locale);
  }

  /** Stores the corrected draft and the choices made for unknown units. */
  @Transactional
  public PlanImportView update(long id, PlanImportUpdate update, Locale locale) {
    PlanImport draft = find(id);
    ApiException.checkVersion(update.version(), draft.version, "entity.planImport", id);
    requireDraft(draft);
    Map<String, UnitChoice> choices = choices(draft);
    for (UnitChoiceInput input : update.units()) {
      UnitChoice choice = choices.get(input.key());
      if (choice == null) {
        throw ApiException.rule("rule.import.unknownChoice", input.key());
      }
      requireUnit(input.unitId());
      requireUnit(input.parentId());
      choices.put(input.key(), choice.choose(input));
    }
    draft.draft = write(update.plan());
    draft.title = clip(update.plan().title(), 500);
    draft.unitChoices = write(List.copyOf(choices.values()));
    PlanImport.flush();
    return view(draft, Catalogue.load(units), locale);
  }

  /**
   * Makes the draft a live plan: creates the units chosen to be created, then writes the plan. Any
   * failure rolls all of it back.
   */
  @Transactional
  public PlanImportView confirm(long id, Long version, Locale locale) {
    PlanImport draft = find(id);
    ApiException.checkVersion(version, draft.version, "entity.planImport", id);
    requireDraft(draft);
    Catalogue catalogue = Catalogue.load(units);
    DraftPlan plan = read(draft.draft, DRAFT);
    Map<String, UnitChoice> choices = choices(draft);
    List<Finding> findings = check(plan, choices, catalogue);
    if (!findings.isEmpty()) {
      Finding first = findings.get(0);
      throw ApiException.rule(
          "rule.import.notReady",
          findings.size(),
          new MessageKey("import.problem." + first.code(), first.messageArgs()));
    }
    Map<String, Unit> chosen = createChosenUnits(choices);
    Function<String, Unit> unitByKey =
        key -> chosen.containsKey(key) ? chosen.get(key) : catalogue.unit(key);
    refuseDuplicate(plan, unitByKey.apply(plan.issuer()));
    Plan created =
        new PlanWriter(plans, unitByKey, catalogue::group)
            .write(json, json.valueToTree(plan), "import-" + draft.id);
    draft.status = ImportStatus.CONFIRMED;
    draft.planId = created.id;
    PlanImport.flush();
    return view(draft, catalogue, locale);
  }

  /** Discards a draft nobody will confirm. */
  @Transactional
  public void discard(long id, Long version) {
    PlanImport draft = find(id);
    ApiException.checkVersion(version, draft.version, "entity.planImport", id);
    requireDraft(draft);
    draft.delete();
  }

  private PlanImportView start(String text, String sourceName, Actor actor, Locale locale) {
    if (text.length() > PlanImportDtos.MAX_TEXT_CHARS) {
      throw ApiException.rule("rule.import.textTooLong", PlanImportDtos.MAX_TEXT_CHARS);
    }
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n");
    if (normalised.isBlank()) {
      throw ApiException.rule("rule.import.empty");
    }
    Catalogue catalogue = Catalogue.load(units);
    ImportResult result = new PlanParser(catalogue.known(), catalogue.knownGroups()).parse(text);
    PlanImport draft = new PlanImport();
    draft.sourceName = sourceName;
    draft.sourceText = normalised;
    draft.title = clip(result.plan().title(), 500);
    draft.draft = write(result.plan());
    draft.unitChoices = write(result.proposedUnits().stream().map(UnitChoice::open).toList());
    // Unknown units are listed with their choices; the other doubts stay as the reader gave them.
    draft.warnings =
        write(
            result.warnings().stream()
                .filter(w -> w.kind() != ImportWarning.Kind.UNMATCHED_UNIT)
                .toList());
    draft.createdBy = actor.userId();
    draft.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    draft.persistAndFlush();
    return view(draft, catalogue, locale);
  }

  private PlanImportView view(PlanImport draft, Catalogue catalogue, Locale locale) {
    DraftPlan plan = read(draft.draft, DRAFT);
    Map<String, UnitChoice> choices = choices(draft);
    DraftCheck check = new DraftCheck(catalogue::hasUnit, catalogue::hasGroup, choices);
    List<Finding> findings = check.check(plan);
    List<DraftProblem> problems =
        draft.status == ImportStatus.DRAFT
            ? findings.stream()
                .map(
                    f ->
                        new DraftProblem(
                            f.code(),
                            f.field(),
                            Messages.text(locale, "import.problem." + f.code(), f.messageArgs())))
                .toList()
            : List.of();
    return new PlanImportView(
        draft.id,
        draft.status,
        draft.sourceName,
        draft.sourceText,
        plan,
        List.copyOf(choices.values()),
        read(draft.warnings, WARNINGS),
        problems,
        catalogue.unitNames(check.unitsSeen()),
        catalogue.groupNames(check.groupsSeen()),
        draft.planId,
        draft.createdAt,
        draft.version);
  }

  private static List<Finding> check(
      DraftPlan plan, Map<String, UnitChoice> choices, Catalogue catalogue) {
    return new DraftCheck(catalogue::hasUnit, catalogue::hasGroup, choices).check(plan);
  }

  /** The same number and symbol from the same issuer in the same year is the same document. */
  private void refuseDuplicate(DraftPlan plan, Unit issuer) {
    if (plan.number() == null) {
      return;
    }
    plans
        .find(
            "issuer = ?1 and symbol = ?2 and number = ?3 and issueYear = ?4",
            issuer,
            plan.symbol(),
            plan.number(),
            plan.issueYear())
        .firstResultOptional()
        .ifPresent(
            existing -> {
              throw ApiException.conflict(
                  "rule.import.duplicate", plan.number() + "/" + plan.symbol(), existing.id);
            });
  }

  private Map<String, Unit> createChosenUnits(Map<String, UnitChoice> choices) {
    Map<String, Unit> chosen = new HashMap<>();
    for (UnitChoice choice : choices.values()) {
      if (choice.unitId() != null) {
        chosen.put(choice.key(), units.get(choice.unitId()));
      } else if (choice.kind() != null) {
        Unit unit = new Unit();
        unit.name = choice.newName();
        unit.kind = choice.kind();
        unit.moveUnder(choice.parentId() == null ? null : units.get(choice.parentId()));
        units.persist(unit);
        unit.refreshPath();
        chosen.put(choice.key(), unit);
      }
    }
    return chosen;
  }

  private Map<String, UnitChoice> choices(PlanImport draft) {
    Map<String, UnitChoice> byKey = new LinkedHashMap<>();
    read(draft.unitChoices, CHOICES).forEach(c -> byKey.put(c.key(), c));
    return byKey;
  }

  private void requireUnit(Long unitId) {
    if (unitId != null && units.findByIdOptional(unitId).isEmpty()) {
      throw ApiException.rule("rule.import.unknownUnitId", unitId);
    }
  }

  private static void requireDraft(PlanImport draft) {
    if (draft.status != ImportStatus.DRAFT) {
      throw ApiException.conflict("rule.import.confirmed", draft.planId);
    }
  }

  private static PlanImport find(long id) {
    return PlanImport.<PlanImport>findByIdOptional(id)
        .orElseThrow(() -> ApiException.notFound("entity.planImport", id));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  /** The name without any folder or control characters, at most 255 characters, in NFC. */
  private static String fileName(String sent) {
    String name = FileNames.base(sent);
    return name.isEmpty() ? null : clip(name, 255);
  }
}
