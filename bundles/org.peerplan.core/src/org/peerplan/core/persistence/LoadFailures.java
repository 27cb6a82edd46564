package org.peerplan.core.persistence;

import java.io.UnsupportedEncodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.peerplan.core.plan.Labels;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser throw into one sentence that names the file, the place and the problem. */
final class LoadFailures {

    private static final int QUOTED = 60;

    private static final int REASON = 160;

    /** The JDK's XML reader names its limits with a code ("JAXP00010006: … jdk.xml.maxElementDepth"). */
    private static final Pattern LIMIT = Pattern.compile("JAXP\\d+|jdk\\.xml\\.");

    private LoadFailures() {
    }

    /**
     * Never fails itself: a failure that EMF reports with less than it usually gives (no element, no line) still
     * becomes a sentence.
     */
    static String describe(String file, Throwable failure) {
        try {
            return describeCause(file, innermost(failure));
        } catch (RuntimeException incomplete) {
            return file + " could not be read: it holds something that is not part of a plan, which PeerPlan cannot"
                    + " point to; compare it with the shipped example.";
        }
    }

    private static String describeCause(String file, Throwable cause) {
        if (cause instanceof SAXParseException sax) {
            return describeSyntax(file, sax);
        }
        if (cause instanceof XMIException xmi) {
            String where = xmi.getLine() > 0 ? ", line " + xmi.getLine() + ", column " + xmi.getColumn() : "";
            return file + where + ": " + describeModel(xmi) + ".";
        }
        if (cause instanceof CharacterCodingException || cause.getClass().getSimpleName().equals(
                "MalformedByteSequenceException")) {
            return file + " is not a plan file: it holds bytes that are not UTF-8 text, the encoding plan files are"
                    + " saved in.";
        }
        if (cause instanceof DuplicateIdentifierException duplicate) {
            return file + ": " + duplicate.getMessage() + ".";
        }
        if (cause instanceof UnsupportedEncodingException || cause instanceof UnsupportedCharsetException
                || cause instanceof IllegalCharsetNameException) {
            return file + " says it is written in the character encoding '" + abbreviate(String.valueOf(
                    cause.getMessage())) + "', which PeerPlan does not know; plan files are UTF-8, so save it as UTF-8"
                    + " or correct the encoding in its first line.";
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return file + " could not be read: " + reason(message) + ".";
    }

    private static String describeSyntax(String file, SAXParseException sax) {
        String message = String.valueOf(sax.getMessage());
        if (message.contains("DOCTYPE")) {
            return file + " contains a document type declaration, which plan files may not have because it can expand"
                    + " entities or read other files.";
        }
        if (LIMIT.matcher(message).find()) {
            return file + " is not a plan file: at line " + sax.getLineNumber() + " its elements "
                    + (message.contains("maxElementDepth") ? "are nested more deeply" : "grow larger")
                    + " than the XML reader allows, far beyond any plan.";
        }
        if (sax.getLineNumber() == 1 && sax.getColumnNumber() <= 1 || sax.getLineNumber() < 1) {
            return file + " is not an XML file (" + reason(message) + ").";
        }
        return file + " is not well-formed XML at line " + sax.getLineNumber() + ", column " + sax.getColumnNumber()
                + " (" + reason(message) + ").";
    }

    private static String describeModel(XMIException failure) {
        if (failure instanceof PackageNotFoundException missing) {
            return missing.uri() == null ? "its first element has no namespace, so this is not a plan file"
                    : "the namespace '" + abbreviate(missing.uri()) + "' is not PeerPlan's, so this is not a plan file";
        }
        if (failure instanceof ClassNotFoundException unknown) {
            return "'" + unknown.getName() + "' is not a kind of element a plan can contain";
        }
        if (failure instanceof FeatureNotFoundException unknown) {
            return unknown.getObject() == null
                    ? "'" + abbreviate(unknown.getName()) + "' stands inside a text, and a plan's texts hold no markup"
                    : "'" + abbreviate(unknown.getName()) + "' is not something " + article(unknown.getObject())
                            + " has";
        }
        if (failure instanceof IllegalValueException illegal && illegal.getValue() instanceof EObject target) {
            return "the " + words(illegal.getFeature()) + " of " + article(illegal.getObject()) + " refers to "
                    + article(target) + ", where it needs " + kindOf(illegal.getFeature());
        }
        if (failure instanceof IllegalValueException illegal) {
            String refused = "'" + abbreviate(String.valueOf(illegal.getValue())) + "' is not a valid "
                    + words(illegal.getFeature()) + " of " + article(illegal.getObject());
            return illegal.getCause() instanceof ValueRefusedException reason ? refused + ": " + reason.getMessage()
                    : refused + valueHint(illegal.getFeature());
        }
        if (failure instanceof UnresolvedReferenceException unresolved) {
            return "the " + words(unresolved.getFeature()) + " refers to '" + unresolved.getReference()
                    + "', which is not in this plan";
        }
        return reason(String.valueOf(failure.getMessage()));
    }

    private static String valueHint(EStructuralFeature feature) {
        EClassifier type = feature.getEType();
        if (type instanceof EEnum choices) {
            return choices.getELiterals().stream().map(EEnumLiteral::getLiteral)
                    .collect(Collectors.joining(", ", " (one of ", ")"));
        }
        return switch (String.valueOf(type.getInstanceClassName())) {
            case "java.time.LocalDate" -> " (dates are written as yyyy-mm-dd and must exist in the calendar)";
            case "boolean", "java.lang.Boolean" -> " (write true or false)";
            case "int", "java.lang.Integer" -> " (a whole number from 0 to a billion)";
            default -> "";
        };
    }

    /** "a person": what a reference's targets must be. */
    static String kindOf(EStructuralFeature reference) {
        return withArticle(Labels.words(reference.getEType().getName()));
    }

    /** The parser's or EMF's own report inside the wrappers, or the deepest cause when there is neither. */
    static Throwable innermost(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof SAXParseException || current instanceof XMIException) {
                return current;
            }
            deepest = current;
            if (current.getCause() == current) {
                break;
            }
        }
        return deepest;
    }

    /** "a task", "an action", "a root cause analysis": the class name as a consultant would say it. */
    static String article(EObject object) {
        return withArticle(Labels.kind(object));
    }

    private static String withArticle(String name) {
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    static String words(EStructuralFeature feature) {
        return Labels.words(feature.getName());
    }

    /** A value as it may be quoted in a sentence: at most {@value #QUOTED} characters, and on one line. */
    static String abbreviate(String value) {
        String line = value.replaceAll("\\s+", " ");
        return line.length() <= QUOTED ? line : line.substring(0, QUOTED) + "…";
    }

    /**
     * A parser's or library's own message as the reason inside a sentence: on one line, cut where it would quote the
     * file at length, without its full stop, its first letter small unless it starts an abbreviation.
     */
    private static String reason(String message) {
        String line = message.replaceAll("\\s+", " ");
        if (line.length() > REASON) {
            line = line.substring(0, REASON) + "…";
        }
        return lowerFirst(stripPeriod(line));
    }

    private static String stripPeriod(String text) {
        String stripped = text.strip();
        while (stripped.endsWith(".")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /** "The element…" becomes "the element…", but "XML document…" stays as it is. */
    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
