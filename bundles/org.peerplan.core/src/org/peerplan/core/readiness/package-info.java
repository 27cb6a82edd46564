/**
 * Readiness scoring: the timeline quiz answered by several respondents (per-item agreement, the organization's answer,
 * the band and its minimum preparation horizon), the motivation self-assessment's balance, the competency ratings and
 * the recovery-orientation survey's distribution. Documents and diagrams show these results; they compute nothing.
 */
package org.peerplan.core.readiness;
