package org.peerplan.docgen.templates;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts for the output format, so escaping never depends on a template author
 * remembering it. Only {@link Trusted} markup, which the engine alone creates, goes in as it is.
 */
final class EscapingInserter implements ReferenceInsertionEventHandler {

    private final OutputFormat format;

    EscapingInserter(OutputFormat format) {
        this.format = format;
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Trusted) {
            return value;
        }
        return format.escape(value.toString());
    }
}
