package org.peerplan.docgen;

/** The file formats documents are written in. */
public enum Format {
    HTML("html"), PDF("pdf"), DOCX("docx");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
