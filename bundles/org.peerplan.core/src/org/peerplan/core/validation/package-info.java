/**
 * Checking a plan. {@link org.peerplan.core.validation.PlanChecker} runs EMF's structural checks (required features,
 * multiplicities, values, references) and reports each problem as a {@link org.peerplan.core.validation.Finding}
 * that names the element in the consultant's words.
 */
package org.peerplan.core.validation;
