package org.peerplan.core.persistence;

/** Two elements of a plan file with one identifier; the message says which, in words. */
final class DuplicateIdentifierException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    DuplicateIdentifierException(String message) {
        super(message);
    }
}
