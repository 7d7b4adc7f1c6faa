package vn.gov.plantracker.reporting;

/** Why units report. */
public enum PeriodKind {
  /** Báo cáo định kỳ hằng năm: data from 15/12 of the previous year to 14/12 (Decree 09/2019). */
  ANNUAL,
  /** Báo cáo đột xuất: asked for by the coordinator. */
  AD_HOC,
  /** Sơ kết / tổng kết: a mid-term or final review of the whole plan. */
  REVIEW
}
