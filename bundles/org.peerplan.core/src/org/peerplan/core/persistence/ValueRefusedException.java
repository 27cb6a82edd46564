package org.peerplan.core.persistence;

/**
 * A value in a plan file that could be parsed but cannot be a plan's: the message is the reason, in words, to follow
 * "'value' is not a valid F of an X: ".
 */
final class ValueRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    ValueRefusedException(String reason) {
        super(reason);
    }
}
