/**
 * The plan's costs and funding per plan year: peer positions (FTE × hourly rate × hours per FTE, from the first peer's
 * start) and their fringe benefits at the agency's rate, training at the menu's list value (discounts or no-cost
 * delivery may apply), contracted supervision, the costed actions, the plan's other budget lines; against them each
 * funder's yearly amount and Medicaid billing for billable peer hours, and the gap between the two.
 */
package org.peerplan.core.budget;
