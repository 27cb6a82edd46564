package org.peerplan.core.persistence;

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

    private LoadFailures() {
    }

    static String describe(String file, Throwable failure) {
        Throwable cause = innermost(failure);
        if (cause instanceof SAXParseException sax) {
            return describeSyntax(file, sax);
        }
        if (cause instanceof XMIException xmi) {
            return file + ", line " + xmi.getLine() + ", column " + xmi.getColumn() + ": " + describeModel(xmi) + ".";
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return file + " could not be read: " + message + ".";
    }

    private static String describeSyntax(String file, SAXParseException sax) {
        String message = String.valueOf(sax.getMessage());
        if (message.contains("DOCTYPE")) {
            return file + " contains a document type declaration, which plan files may not have because it can expand"
                    + " entities or read other files.";
        }
        if (sax.getLineNumber() == 1 && sax.getColumnNumber() <= 1) {
            return file + " is not an XML file (" + lowerFirst(stripPeriod(message)) + ").";
        }
        return file + " is not well-formed XML at line " + sax.getLineNumber() + ", column " + sax.getColumnNumber()
                + " (" + lowerFirst(stripPeriod(message)) + ").";
    }

    private static String describeModel(XMIException failure) {
        if (failure instanceof PackageNotFoundException missing) {
            return "the namespace '" + missing.uri() + "' is not PeerPlan's, so this is not a plan file";
        }
        if (failure instanceof ClassNotFoundException unknown) {
            return "'" + unknown.getName() + "' is not a kind of element a plan can contain";
        }
        if (failure instanceof FeatureNotFoundException unknown) {
            return "'" + unknown.getName() + "' is not something " + article(unknown.getObject()) + " has";
        }
        if (failure instanceof IllegalValueException illegal) {
            return "'" + illegal.getValue() + "' is not a valid " + words(illegal.getFeature()) + " of "
                    + article(illegal.getObject()) + valueHint(illegal.getFeature());
        }
        if (failure instanceof UnresolvedReferenceException unresolved) {
            return "the " + words(unresolved.getFeature()) + " refers to '" + unresolved.getReference()
                    + "', which is not in this plan";
        }
        return lowerFirst(stripPeriod(String.valueOf(failure.getMessage())));
    }

    private static String valueHint(EStructuralFeature feature) {
        String type = feature.getEType().getInstanceClassName();
        if ("java.time.LocalDate".equals(type)) {
            return " (dates are written as yyyy-mm-dd and must exist in the calendar)";
        }
        return "";
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
        String name = Labels.kind(object);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    static String words(EStructuralFeature feature) {
        return Labels.words(feature.getName());
    }

    private static String stripPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
