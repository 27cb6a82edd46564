package org.peerplan.core.validation;

/** How serious a finding is; errors make {@code peerplan validate} exit with 1. */
public enum Severity {
    ERROR, WARNING, INFO
}
