/**
 * The board's briefing: what a board member needs in five minutes — the readiness band and what it means, the planned
 * horizon against the minimum, the decisions the board must take, the top risks, the budget per year and what
 * happens next — computed from the plan and the engine's results.
 */
package org.peerplan.core.briefing;
