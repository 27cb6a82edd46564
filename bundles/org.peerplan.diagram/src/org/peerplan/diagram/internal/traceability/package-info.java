/**
 * The traceability diagram: which actions answer which root causes, which timeline tasks carry each action out and
 * which stages hold those tasks, with causes that no action answers and actions that answer no cause marked as
 * orphans.
 */
package org.peerplan.diagram.internal.traceability;
