package org.peerplan.sirius.tests.check;

/** Something in a specification that does not fit the domain metamodel, or that the check cannot vouch for. */
public final class InvalidSpecification extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSpecification(String message) {
        super(message);
    }
}
