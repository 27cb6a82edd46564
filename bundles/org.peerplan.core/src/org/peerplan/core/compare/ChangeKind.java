package org.peerplan.core.compare;

/** What happened to an element between the two versions. */
public enum ChangeKind {
    ADDED, REMOVED, RENAMED, MOVED, COMPLETED, OVERDUE, CHANGED, RESOLVED, NEW
}
