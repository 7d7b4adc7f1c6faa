/**
 * The API's data as the UI uses it, derived from the generated OpenAPI schemas.
 *
 * The types here state which properties are always set (`Sent`) and which may be null
 * (`Nullable`), as the spec's required/nullable marks do; they predate those marks and could now
 * be replaced by the schemas themselves. Each type is checked against its schema (`Conforms`), so
 * a renamed or retyped property fails the type check.
 */
import type { components } from '@/lib/api/schema';

type S = components['schemas'];

/** Properties K of T that are always sent with a value. */
type Sent<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined | null> };
/** Properties K of T that are always sent, possibly as null. */
type Nullable<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined> | null };
/** Nested properties replaced by their hardened types; keys must exist in T. */
type Nested<T, R extends { [K in keyof R]: K extends keyof T ? unknown : never }> = R;

/** What the generated schema allows: any property missing or null, recursively. */
type Loose<T> = T extends (infer U)[]
  ? Loose<U>[]
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> | null }
    : T;
/** Fails the type check unless Strict is a valid instance of the schema Raw. */
type Conforms<Strict extends Loose<Raw>, Raw> = Strict;

export type UnitRef = Conforms<
  Sent<S['UnitRef'], 'id' | 'name'> & Nullable<S['UnitRef'], 'shortName'>,
  S['UnitRef']
>;

/** A unit or a group named on an assignment; for a group, shortName is its code. */
export type Party = Conforms<
  Sent<S['PartyView'], 'type' | 'id' | 'name'> & Nullable<S['PartyView'], 'shortName'>,
  S['PartyView']
>;

export type PlanSummary = Conforms<
  Sent<
    S['PlanSummary'],
    'id' | 'documentType' | 'symbol' | 'title' | 'issueYear' | 'status' | 'version'
  > &
    Nullable<S['PlanSummary'], 'number' | 'issueDate'> &
    Nested<S['PlanSummary'], { issuer: UnitRef }>,
  S['PlanSummary']
>;

export type Target = Conforms<
  Sent<S['TargetView'], 'id' | 'targetYear' | 'text' | 'kind' | 'approximate' | 'version'> &
    Nullable<S['TargetView'], 'low' | 'high' | 'measureUnit'> &
    Partial<Pick<S['TargetView'], 'planId' | 'ordinal'>>,
  S['TargetView']
>;

export type DocumentReference = Conforms<
  Sent<S['ReferenceView'], 'id' | 'kind' | 'documentType' | 'number'> &
    Nullable<S['ReferenceView'], 'footnoteMark' | 'taskCode' | 'issueDate' | 'issuer' | 'title'>,
  S['ReferenceView']
>;

export type Recipient = Conforms<
  Sent<S['RecipientView'], 'text' | 'level'> &
    Nullable<S['RecipientView'], 'note'> &
    Partial<Pick<S['RecipientView'], 'unitId' | 'groupId'>>,
  S['RecipientView']
>;

export type Signature = Conforms<
  Nullable<S['SignatureView'], 'onBehalfOf' | 'signingFor' | 'signerTitle' | 'signerName'>,
  S['SignatureView']
>;

export type PlanDetail = Conforms<
  PlanSummary &
    Nullable<S['PlanDetail'], 'place' | 'preamble' | 'purpose' | 'implementationArrangements'> &
    Nested<
      S['PlanDetail'],
      {
        coordinator: UnitRef | null;
        signature: Signature | null;
        targets: Target[];
        references: DocumentReference[];
        recipients: Recipient[];
      }
    >,
  S['PlanDetail']
>;

/** The units carrying a closed unit's part in a block ("nay: …"). */
export type Carrier = Conforms<
  Sent<S['CarrierView'], 'unitId'> & { carriedBy: UnitRef[] },
  S['CarrierView']
>;

export type AssignmentBlock = Conforms<
  Sent<
    S['AssignmentBlockView'],
    'id' | 'itemId' | 'timeframe' | 'sourceText' | 'timeframeText' | 'taskIds' | 'version'
  > &
    Nullable<S['AssignmentBlockView'], 'dueDate'> &
    Partial<Pick<S['AssignmentBlockView'], 'itemCode' | 'ordinal' | 'taskCodes'>> & {
      /** For each unit named that does not exist on the day asked: who carries its part. */
      carriers?: Carrier[];
    } & Nested<
      S['AssignmentBlockView'],
      {
        lead: UnitRef | null;
        guidance: UnitRef | null;
        coordinating: Party[];
        implementing: Party[];
      }
    >,
  S['AssignmentBlockView']
>;

export type TaskNode = Conforms<
  Sent<S['TaskNode'], 'id' | 'code' | 'kind' | 'label' | 'text'> &
    Partial<Pick<S['TaskNode'], 'ordinal' | 'version'>> &
    Nested<S['TaskNode'], { assignment: AssignmentBlock | null; children: TaskNode[] }>,
  S['TaskNode']
>;

export type TaskRole = Conforms<
  Sent<S['RoleView'], 'role'> &
    Nested<S['RoleView'], { viaGroup: Party | null }> & {
      /** The closed unit whose part the unit carries as its successor. */
      carriedFor?: UnitRef | null;
    },
  S['RoleView']
>;

export type TaskRow = Conforms<
  Sent<S['TaskRow'], 'id' | 'code' | 'kind' | 'text'> &
    Partial<Pick<S['TaskRow'], 'parentCode'>> &
    Nested<S['TaskRow'], { assignment: AssignmentBlock | null; roles: TaskRole[] }>,
  S['TaskRow']
>;

export type Unit = Conforms<
  Sent<S['UnitView'], 'id' | 'name' | 'kind' | 'version'> &
    Nullable<S['UnitView'], 'shortName' | 'parentId' | 'officialCode' | 'validFrom' | 'validTo'> &
    Partial<Pick<S['UnitView'], 'path'>>,
  S['UnitView']
>;

export type UnitNode = Conforms<
  Sent<S['UnitNode'], 'id' | 'name' | 'kind' | 'formerly'> &
    Nullable<S['UnitNode'], 'shortName' | 'officialCode' | 'validFrom' | 'validTo'> &
    Nested<S['UnitNode'], { children: UnitNode[] }>,
  S['UnitNode']
>;

export type UnitGroup = Conforms<
  Sent<S['UnitGroupView'], 'id' | 'code' | 'name' | 'selection'> &
    Nested<S['UnitGroupView'], { members: UnitRef[] }>,
  S['UnitGroupView']
>;

export type UnitTree = Conforms<
  Nested<S['UnitTree'], { units: UnitNode[]; groups: UnitGroup[] }>,
  S['UnitTree']
>;

export type Obligation = Conforms<
  Sent<S['ObligationView'], 'planId' | 'role' | 'blockId' | 'timeframe'> &
    Nullable<S['ObligationView'], 'dueDate'> &
    Nested<
      S['ObligationView'],
      {
        task: Sent<S['TaskRef'], 'id' | 'code' | 'text'>;
        viaGroup: Party | null;
        viaPredecessor: UnitRef | null;
      }
    >,
  S['ObligationView']
>;

type PageKeys = 'page' | 'size' | 'totalItems' | 'totalPages';
type Page<Raw extends { [K in PageKeys]?: number }, Item> = Sent<Raw, PageKeys> & { items: Item[] };

export type PlanPage = Conforms<Page<S['PagePlanSummary'], PlanSummary>, S['PagePlanSummary']>;
export type TaskRowPage = Conforms<Page<S['PageTaskRow'], TaskRow>, S['PageTaskRow']>;
export type ObligationPage = Conforms<
  Page<S['PageObligationView'], Obligation>,
  S['PageObligationView']
>;

export type Problem = Conforms<
  Sent<S['Problem'], 'title' | 'status'> &
    Partial<Nullable<S['Problem'], 'type' | 'detail' | 'instance' | 'code' | 'errors'>>,
  S['Problem']
>;

export type Role = S['Role'];
export type UnitKind = S['UnitKind'];
export type Timeframe = S['Timeframe'];
export type PlanStatus = S['PlanStatus'];

export const ROLES: readonly Role[] = ['LEAD', 'COORDINATING', 'IMPLEMENTING', 'GUIDANCE'];
export const TIMEFRAMES: readonly Timeframe[] = ['ONGOING', 'DUE'];

// Accounts, sessions, tokens and history: the contract marks their properties required and
// nullable, so the schemas serve as they are.
export type AccountRole = S['AccountRole'];
export type CurrentUser = S['CurrentUser'];
export type Session = S['SessionView'];
export type LoginInput = S['LoginInput'];
export type PasswordChangeInput = S['PasswordChangeInput'];
export type SignInOptions = S['SignInOptions'];
export type PasswordResetRequestInput = S['PasswordResetRequestInput'];
export type PasswordResetRequested = S['PasswordResetRequested'];
export type PasswordResetConfirmInput = S['PasswordResetConfirmInput'];
export type TotpEnrolment = S['TotpEnrolment'];
export type TotpCodeInput = S['TotpCodeInput'];
export type TotpDisableInput = S['TotpDisableInput'];
export type UserView = S['UserView'];
export type UserPage = S['PageUserView'];
export type UserInput = S['UserInput'];
export type UserUpdate = S['UserUpdate'];
export type TokenScope = S['TokenScope'];
export type Token = S['TokenView'];
export type TokenPage = S['PageTokenView'];
export type TokenInput = S['TokenInput'];
export type CreatedToken = S['CreatedToken'];
export type SecurityEventKind = S['SecurityEventKind'];
export type SecurityEvent = S['SecurityEvent'];
export type SecurityEventPage = S['PageSecurityEventView'];
export type HistoryEntry = S['HistoryEntry'];
export type HistoryPage = S['PageHistoryEntry'];

export const ACCOUNT_ROLES: readonly AccountRole[] = [
  'ADMIN',
  'COORDINATOR',
  'UNIT_OFFICER',
  'LEADER',
];
export const TOKEN_SCOPES: readonly TokenScope[] = ['READ', 'REPORT_WRITE'];
export const SECURITY_EVENT_KINDS: readonly SecurityEventKind[] = [
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'LOGIN_THROTTLED',
  'LOGOUT',
  'ACCESS_DENIED',
  'PASSWORD_CHANGED',
  'TOKEN_CREATED',
  'TOKEN_REVOKED',
  'PASSWORD_RESET_REQUESTED',
  'PASSWORD_RESET_THROTTLED',
  'PASSWORD_RESET_COMPLETED',
  'OTP_REQUIRED',
  'OTP_FAILED',
  'SECOND_FACTOR_ENABLED',
  'SECOND_FACTOR_DISABLED',
  'SECOND_FACTOR_RESET',
];

// Reporting: the contract marks these properties required and nullable, so the schemas serve.
export type PeriodKind = S['PeriodKind'];
export type PeriodInput = S['PeriodInput'];
export type Compliance = S['Compliance'];
export type Period = S['PeriodView'];
export type PeriodPage = S['PagePeriodView'];
export type ReportStatus = S['ReportStatus'];
export type ReportSummary = S['ReportSummary'];
export type ReportSummaryPage = S['PageReportSummary'];
/** Compliance on one task: the units owing it and where their reports are. */
export type TaskCompliance = S['TaskCompliance'];
export type TaskCompliancePage = S['PageTaskCompliance'];
export type Report = S['ReportView'];
export type ReportEntry = S['EntryView'];
export type EntryInput = S['EntryInput'];
export type ReportUpdate = S['ReportUpdate'];
/** A figure a unit gives on a task (số liệu): what is counted, how many, in what unit. */
export type Figure = S['FigureView'];
export type FigureInput = S['FigureInput'];
export type Progress = S['Progress'];
export type ObstacleStatus = S['ObstacleStatus'];
export type Obstacle = S['ObstacleView'];
/** An evidence file attached to a report entry. */
export type Evidence = S['EvidenceView'];
export type ObstacleInput = S['ObstacleInput'];
export type ObstacleItem = S['ObstacleItem'];
export type ObstacleItemPage = S['PageObstacleItem'];
export type ObstacleHandling = S['ObstacleHandlingInput'];
export type BulkAcceptInput = S['BulkAcceptInput'];
export type BulkAcceptResult = S['BulkAcceptResult'];
export type ConsolidatedStatus = S['ConsolidatedStatus'];
export type Consolidated = S['ConsolidatedView'];
export type ConsolidatedSection = S['SectionView'];
export type ConsolidatedUpdate = S['ConsolidatedUpdate'];
export type SectionInput = S['SectionInput'];
export type FinaliseInput = S['FinaliseInput'];

export const REPORT_STATUSES: readonly ReportStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
];
export const OBSTACLE_STATUSES: readonly ObstacleStatus[] = [
  'OPEN',
  'BEING_HANDLED',
  'RESOLVED',
  'ESCALATED',
];
export const PROGRESS_VALUES: readonly Progress[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'DONE',
  'DIFFICULTIES',
  'NOT_APPLICABLE',
];

// Reminders and overdue tasks: the contract marks these properties required and nullable.
export type ReminderKind = S['ReminderKind'];
export type NotificationItem = S['ItemView'];
/** A day's reminder digest for the signed-in user. */
export type Notification = S['NotificationView'];
export type NotificationPage = S['PageNotificationView'];
/** A task past its due date and not reported done, with its lead's latest progress. */
export type OverdueTask = S['OverdueTask'];
export type OverdueTaskPage = S['PageOverdueTask'];

export const REMINDER_KINDS: readonly ReminderKind[] = [
  'DUE_SOON',
  'DUE_TODAY',
  'OVERDUE',
  'RETURNED',
  'MISSING_REPORTS',
];

// Indicators (measuring the targets): the contract marks these properties required and nullable.
export type TargetStatus = S['TargetStatus'];
/** The measurable quantity behind a quantitative target: 100 × numerator ÷ denominator. */
export type Indicator = S['IndicatorView'];
export type IndicatorPage = S['PageIndicatorView'];
export type IndicatorInput = S['IndicatorInput'];
export type IndicatorValueInput = S['IndicatorValueInput'];
/** An area's figures for a year, or nulls where it has not reported. */
export type AreaValue = S['AreaValue'];
export type AreaValuePage = S['PageAreaValue'];
/** An indicator rolled up for a unit and everything under it, by year. */
export type Series = S['Series'];
export type YearPoint = S['YearPoint'];
export type Projection = S['Projection'];
/** An organisation change a series runs across, for the chart to mark. */
export type SeriesChange = S['SeriesChange'];

export const TARGET_STATUSES: readonly TargetStatus[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

// Plan imports (a document read into a draft plan). The draft's records come from the import
// seed format: the contract marks their properties required, but the reader leaves any of them
// null when the document does not say, so the UI's types allow null throughout.
export type ImportStatus = S['ImportStatus'];
export type ImportWarningKind = S['Kind'];
export type ImportWarning = S['ImportWarning'];
export type DraftProblem = S['DraftProblem'];
export type UnitChoice = S['UnitChoice'];
export type UnitChoiceInput = S['UnitChoiceInput'];
export type PlanImportSummary = S['PlanImportSummary'];
export type PlanImportPage = Conforms<
  Page<S['PagePlanImportSummary'], PlanImportSummary>,
  S['PagePlanImportSummary']
>;
export type UnitPage = Conforms<Page<S['PageUnitView'], Unit>, S['PageUnitView']>;

type Nulls<T> = { [K in keyof T]?: T[K] | null };
/** A unit (`unit`: a unit key) or a group (`group`: its code) named on a draft block. */
export type DraftParty = Nulls<S['DraftParty']>;
export type DraftBlock = Nulls<Omit<S['DraftBlock'], 'coordinating' | 'implementing'>> & {
  coordinating?: DraftParty[] | null;
  implementing?: DraftParty[] | null;
};
/** One entry of an item's body: a bullet (`action`) or an assignment block. */
export type DraftEntry = { action?: string | null; block?: DraftBlock | null };
export type DraftItem = Nulls<Omit<S['DraftItem'], 'body'>> & { body?: DraftEntry[] | null };
export type DraftTaskGroup = Nulls<Omit<S['DraftTaskGroup'], 'items'>> & {
  items?: DraftItem[] | null;
};
export type DraftTarget = Nulls<S['DraftTarget']>;
export type DraftPlan = Nulls<Omit<S['DraftPlan'], 'targets' | 'tasks'>> & {
  targets?: DraftTarget[] | null;
  tasks?: DraftTaskGroup[] | null;
};
export type PlanImport = Omit<S['PlanImportView'], 'plan'> & { plan: DraftPlan };

export const UNIT_KINDS: readonly UnitKind[] = [
  'PEOPLES_COMMITTEE',
  'PEOPLES_COUNCIL',
  'PARTY_COMMITTEE',
  'PARTY_BODY',
  'DEPARTMENT',
  'OFFICE',
  'PUBLIC_SERVICE_UNIT',
  'SOCIO_POLITICAL_ORG',
  'COMMUNE',
  'TOWN',
  'OTHER',
];

// Organisation changes: the contract marks their properties required and nullable.
export type ChangeKind = S['ChangeKind'];
export type DutyKind = S['DutyKind'];
export type LegalBasis = S['LegalBasis'];
export type NewUnit = S['NewUnit'];
export type DutyShareInput = S['DutyShareInput'];
/** A change to record or preview. */
export type OrgChangeInput = S['OrgChangeInput'];
/** One duty of a predecessor and who will carry it, in a preview. */
export type DutyShare = S['DutyShare'];
export type PlanRole = S['PlanRole'];
/** What recording a change would do; nothing is written. */
export type OrgChangePreview = S['OrgChangePreview'];
export type OrgChangeAction = S['OrgChangeAction'];
/** A recorded organisation change, with what the caller may do with it now. */
export type OrgChange = S['OrgChange'];
export type OrgChangeList = S['OrgChangeList'];
export type OrgChangePackageSummary = S['OrgChangePackageSummary'];
export type OrgChangePackage = S['OrgChangePackage'];
export type LineageStep = S['LineageStep'];
export type UnitLineage = S['UnitLineage'];

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'RENAME',
  'MERGE',
  'SPLIT',
  'ABSORB',
  'DISSOLVE',
  'CREATE',
  'MOVE',
];
