/**
 * What moved between two versions of a plan (the one the board last saw and the one today), found by the elements'
 * identities in the file, so that a renamed task is the same task: tasks added, removed, moved or done, actions done
 * or overdue, findings resolved or new, the readiness band, the budget per year, the peer roles.
 */
package org.peerplan.core.compare;
