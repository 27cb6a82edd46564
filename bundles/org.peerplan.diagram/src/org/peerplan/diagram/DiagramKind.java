package org.peerplan.diagram;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The diagrams PeerPlan draws from a plan. */
public enum DiagramKind {
    TIMELINE("Implementation timeline"),
    FISHBONE("Root cause analysis"),
    TRACEABILITY("From causes to actions, tasks and stages"),
    READINESS("Readiness"),
    SUPERVISION("Supervision");

    private final String title;

    DiagramKind(String title) {
        this.title = title;
    }

    /** The word used on the command line and in file names. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String title() {
        return title;
    }

    /** The kind named {@code id}, or an exception listing the kinds there are. */
    public static DiagramKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown diagram kind '" + id + "'; use one of "
                        + Arrays.stream(values()).map(DiagramKind::id).collect(Collectors.joining(", ")) + "."));
    }
}
