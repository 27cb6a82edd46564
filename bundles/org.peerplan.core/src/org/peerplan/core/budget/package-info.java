/**
 * The plan's costs per plan year: peer positions (FTE × hourly rate × hours per FTE, from the first peer's start),
 * training at the menu's list value (discounts or no-cost delivery may apply), contracted supervision, and the plan's
 * other budget lines.
 */
package org.peerplan.core.budget;
