/**
 * The readiness dashboard, one page for leadership: the catalog's readiness bands along the count of True answers
 * with the organization's count and each respondent's own count on the same scale, the quiz answers item by item with
 * the disputed items marked, and the eleven agency competencies with their ratings and how their questions were
 * answered. The geometry is the dashboard's own (rows and columns); ELK is not used.
 * <p>
 * Links back to the plan: each answer cell refers to the respondent's {@code QuizAnswer}, each respondent's column
 * heading to the {@code Respondent}, and each competency row to the plan's {@code CompetencyAssessment} when there is
 * one. Quiz items, bands and unassessed competencies are catalog entries, not plan elements, so their nodes carry no
 * reference; their node ids name the catalog code ({@code quiz-TQ-3}, {@code band-BAND-B}, {@code competency-COMP-08}).
 */
package org.peerplan.diagram.internal.readiness;
