package org.peerplan.core.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Person;

/**
 * The plan as an audience may see it: a copy, in a resource set of its own, in which
 * <ul>
 * <li>a person whose lived experience the audience may not know (and who has not agreed to be named as having it),
 * or who receives services at the agency, is named by position instead, everywhere the plan's text names them;</li>
 * <li>health and evaluation data the audience may not see is withheld: text says so, other values are unset.</li>
 * </ul>
 * The facts stay (a position held by someone with lived experience, how many members receive services), so that the
 * checks and the counts the documents give are those of the plan itself.
 */
public final class Redaction {

    /** What replaces withheld text. */
    public static final String WITHHELD = "[withheld]";

    private Redaction() {
    }

    /** The plan as {@code audience} may see it: the plan itself for an audience that may see everything. */
    public static ImplementationPlan of(ImplementationPlan plan, Audience audience) throws IOException {
        if (audience.seesEverything() || !holdsAnythingHiddenFrom(plan, audience)) {
            return plan;
        }
        ImplementationPlan copy = copy(plan);
        Map<String, String> aliases = renameUnnamed(copy, audience);
        for (TreeIterator<EObject> all = EcoreUtil.getAllContents(copy, true); all.hasNext();) {
            EObject element = all.next();
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                withhold(element, attribute, audience);
                replaceNames(element, attribute, aliases);
            }
        }
        return copy;
    }

    /** The people the audience may not see named, renamed by position; returns their names with what replaced them. */
    private static Map<String, String> renameUnnamed(ImplementationPlan plan, Audience audience) {
        List<Person> receivingServices = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Person person : plan.getAgency().getPeople()) {
            if (receivesServicesUnseen(person, audience)) {
                receivingServices.add(person);
            } else if (livedExperienceUnseen(person, audience)) {
                String position = person.getTitle();
                // The position becomes the name: said once, not as "Peer Supervisor (Peer Supervisor)".
                person.setTitle(null);
                rename(person, blank(position) ? "A peer staff member" : position, aliases);
            }
        }
        String agency = blank(plan.getAgency().getName()) ? "the agency" : plan.getAgency().getName();
        for (int i = 0; i < receivingServices.size(); i++) {
            rename(receivingServices.get(i), "A person who receives services at " + agency
                    + (receivingServices.size() > 1 ? " (" + (i + 1) + ")" : ""), aliases);
        }
        return aliases;
    }

    /** Whether the copy would differ from the plan: most plans hold no personnel records, many no peers yet. */
    private static boolean holdsAnythingHiddenFrom(ImplementationPlan plan, Audience audience) {
        if (plan.getAgency().getPeople().stream()
                .anyMatch(p -> receivesServicesUnseen(p, audience) || livedExperienceUnseen(p, audience))) {
            return true;
        }
        for (TreeIterator<EObject> all = EcoreUtil.getAllContents(plan, true); all.hasNext();) {
            EObject element = all.next();
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                PersonalDataKind kind = PersonalData.classified().get(attribute);
                if (kind != null && !kind.aboutWhoSomeoneIs() && !audience.sees(kind) && element.eIsSet(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean receivesServicesUnseen(Person person, Audience audience) {
        return person.isReceivesServices() && !audience.sees(PersonalDataKind.RECEIVES_SERVICES);
    }

    private static boolean livedExperienceUnseen(Person person, Audience audience) {
        return person.isPeer() && !person.isNamedWithLivedExperience()
                && !audience.sees(PersonalDataKind.LIVED_EXPERIENCE);
    }

    /** Renames, remembering the full name and the name before its credentials ("Maria Delgado, CPSS"). */
    private static void rename(Person person, String alias, Map<String, String> aliases) {
        String name = person.getName();
        if (!blank(name)) {
            aliases.put(name.strip(), alias);
            int comma = name.indexOf(',');
            if (comma > 0) {
                aliases.putIfAbsent(name.substring(0, comma).strip(), alias);
            }
        }
        person.setName(alias);
        person.setNamingConsentOn(null);
    }

    private static void withhold(EObject element, EAttribute attribute, Audience audience) {
        PersonalDataKind kind = PersonalData.classified().get(attribute);
        if (kind == null || kind.aboutWhoSomeoneIs() || audience.sees(kind) || !element.eIsSet(attribute)) {
            return;
        }
        if (attribute.getEType() == EcorePackage.Literals.ESTRING) {
            element.eSet(attribute, WITHHELD);
        } else {
            element.eUnset(attribute);
        }
    }

    /** The plan's own words may name a renamed person too: a description, a note, a task's name. */
    private static void replaceNames(EObject element, EAttribute attribute, Map<String, String> aliases) {
        if (aliases.isEmpty() || attribute.getEType() != EcorePackage.Literals.ESTRING || attribute.isMany()
                || attribute.isDerived() || !attribute.isChangeable() || !element.eIsSet(attribute)) {
            return;
        }
        String text = (String) element.eGet(attribute);
        String replaced = text;
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            replaced = replaced.replace(alias.getKey(), alias.getValue());
        }
        if (!replaced.equals(text)) {
            element.eSet(attribute, replaced);
        }
    }

    /** A copy as the plan's file would load, in a resource set of its own: the plan itself is not touched. */
    private static ImplementationPlan copy(ImplementationPlan plan) throws IOException {
        Resource resource = plan.eResource();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, PlanStore.saveOptions());
        Path file = resource.getURI() != null && resource.getURI().isFile() ? Path.of(resource.getURI().toFileString())
                : Path.of("plan." + PlanStore.EXTENSION);
        return new PlanStore().read(bytes.toByteArray(), file);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
