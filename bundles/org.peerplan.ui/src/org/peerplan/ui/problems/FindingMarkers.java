package org.peerplan.ui.problems;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.RuleTitles;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.provider.words.PlanWords;

/**
 * Findings as markers on plan files, of a type of their own that is a problem, so that Eclipse's Problems view lists
 * them: severity and message as usual, and the rule, its source, the element in the consultant's words and the
 * element's identifier in the plan as attributes of their own.
 */
public final class FindingMarkers {

    /** The marker type, declared in plugin.xml. */
    public static final String TYPE = "org.peerplan.ui.finding";

    /** The rule that found it, such as R14, or STRUCTURE. */
    public static final String RULE = "rule";

    /** The rule in words with its id as a detail: "Development supervision by an experienced peer (R6)". */
    public static final String RULE_TITLE = "ruleTitle";

    /** Where the rule comes from: document and section. */
    public static final String CITATION = "citation";

    /** The identifier of the element in its plan (its URI fragment). */
    public static final String ELEMENT = "element";

    /** The element in the consultant's words. */
    public static final String ELEMENT_LABEL = "elementLabel";

    /** The area of the toolkits the rule belongs to. */
    public static final String AREA = "area";

    /** How many quick fixes the finding has. */
    public static final String FIXES = "fixes";

    /** A finding reduced to what its marker keeps, made from the copy of the plan that was checked. */
    public record Entry(Severity severity, String message, String rule, String citation, String element,
            String elementLabel, String place, String area, int fixes) {

        static Entry of(Finding finding) {
            EObject element = finding.element();
            String fragment = element == null || element.eResource() == null ? null
                    : element.eResource().getURIFragment(element);
            return new Entry(finding.severity(), finding.message(), finding.ruleId(), finding.citation(), fragment,
                    element == null ? "" : PlanWords.text(element), element == null ? "" : place(element),
                    finding.area().title(), finding.fixes().size());
        }

        /** What the rule asks for, with its id as a detail. */
        public String ruleTitle() {
            return RuleTitles.of(rule) + " (" + rule + ")";
        }

        /** Where the element sits, below the plan itself: "Peer Support Specialist › Deliver medication". */
        private static String place(EObject element) {
            String full = PlanWords.place(element);
            int below = full.indexOf(" › ");
            return below < 0 ? full : full.substring(below + 3);
        }
    }

    private FindingMarkers() {
    }

    static List<Entry> entries(ValidationReport report) {
        return report.findings().stream().map(Entry::of).toList();
    }

    /** Replaces the findings on {@code file} by {@code entries}; to be run in a workspace operation. */
    static void replace(IFile file, List<Entry> entries) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Entry entry : entries) {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, switch (entry.severity()) {
                case ERROR -> IMarker.SEVERITY_ERROR;
                case WARNING -> IMarker.SEVERITY_WARNING;
                case INFO -> IMarker.SEVERITY_INFO;
            });
            marker.setAttribute(IMarker.MESSAGE, entry.message());
            marker.setAttribute(IMarker.LOCATION, entry.place());
            marker.setAttribute(RULE, entry.rule());
            marker.setAttribute(RULE_TITLE, entry.ruleTitle());
            marker.setAttribute(CITATION, entry.citation() == null ? "" : entry.citation());
            marker.setAttribute(ELEMENT, entry.element());
            marker.setAttribute(ELEMENT_LABEL, entry.elementLabel());
            marker.setAttribute(AREA, entry.area());
            marker.setAttribute(FIXES, entry.fixes());
        }
    }

    /** The findings now on {@code file}, for tests and the editor's overlays. */
    public static IMarker[] on(IFile file) throws CoreException {
        return file.exists() ? file.findMarkers(TYPE, false, IResource.DEPTH_ZERO) : new IMarker[0];
    }
}
