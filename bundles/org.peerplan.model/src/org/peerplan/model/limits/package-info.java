/**
 * What a value of a plan may be beyond what its type can hold, in one place for every way a value enters a plan:
 * the file a plan is read from and the cell a consultant types into.
 */
package org.peerplan.model.limits;
