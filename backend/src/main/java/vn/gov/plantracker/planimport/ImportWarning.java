package vn.gov.plantracker.planimport;

/** Something the parser was unsure of, for the user to check: what, the text, and where. */
public record ImportWarning(Kind kind, String text, String where) {

  /** The kinds of doubt a draft can carry. */
  public enum Kind {
    EMPTY_INPUT,
    UNREADABLE_INPUT,
    MISSING_SECTION,
    MISSING_NUMBER,
    MISSING_DATE,
    MISSING_TITLE,
    MISSING_ISSUER,
    DATE_NOT_UNDERSTOOD,
    UNMATCHED_UNIT,
    TASK_WITHOUT_BLOCK,
    BLOCK_WITHOUT_PARTY,
    BLOCK_WITHOUT_TIMEFRAME,
    MORE_THAN_ONE_LEAD,
    TARGET_YEAR_UNKNOWN,
    FOOTNOTE_NOT_PLACED,
    STRUCTURE_GUESSED,
    PARSER_ERROR
  }
}
