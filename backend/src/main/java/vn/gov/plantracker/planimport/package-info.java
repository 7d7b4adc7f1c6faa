/**
 * Plan import: the text of a Vietnamese administrative plan (pasted, .txt, or .docx through {@link
 * vn.gov.plantracker.planimport.DocxText}) read by {@link vn.gov.plantracker.planimport.PlanParser}
 * into a {@link vn.gov.plantracker.planimport.DraftPlan} shaped like the seed's plan, with warnings
 * for what the user should check. Pure: no database, no HTTP, and no exception for any input.
 *
 * <p>Rules it follows: an assignment block covers the actions written since the previous block of
 * the same item (or the item itself when it has no actions); footnotes belong to the task whose
 * text carries their mark; a list of group phrases ending in "liên quan" is the related-units
 * group; a block name no unit answers to becomes a proposed unit ({@code new-…} key) and a warning,
 * while an unmatched recipient keeps no unit and is only flagged.
 */
package vn.gov.plantracker.planimport;
