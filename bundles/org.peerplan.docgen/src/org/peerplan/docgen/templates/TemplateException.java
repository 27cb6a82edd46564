package org.peerplan.docgen.templates;

/** A template that cannot be read or run; the message names the template file, line and column in one sentence. */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
