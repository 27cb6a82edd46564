package org.peerplan.core.persistence;

import java.io.IOException;

/** A plan file that cannot be read; the message is one sentence a consultant can act on. */
public class PlanLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    public PlanLoadException(String message) {
        super(message);
    }

    public PlanLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
