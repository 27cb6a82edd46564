package org.peerplan.sirius.tests.check;

import static org.peerplan.sirius.tests.check.SiriusObjects.enclosing;
import static org.peerplan.sirius.tests.check.SiriusObjects.isA;
import static org.peerplan.sirius.tests.check.SiriusObjects.path;
import static org.peerplan.sirius.tests.check.SiriusObjects.references;
import static org.peerplan.sirius.tests.check.SiriusObjects.string;
import static org.peerplan.sirius.tests.check.SiriusObjects.value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Whether a specification's diagrams fit a domain metamodel: every {@code domainClass} names one of its classes, in a
 * package the representation lists, and every expression, evaluated where Sirius evaluates it, navigates features
 * that exist and yields what its place asks for: a condition, the objects a mapping shows, or a value to display.
 * <p>
 * Where Sirius evaluates an expression, that is, the class of {@code self}:
 * <ul>
 * <li>on a diagram description, its domain class;</li>
 * <li>a node or container mapping's semantic candidates, the domain class of the mapping (or diagram) that holds it,
 * and of every mapping that reuses it; its precondition, its own domain class;</li>
 * <li>a relation-based edge's target finder, the domain class of each of its source mappings;</li>
 * <li>styles and conditional styles, the objects the mapping shows: its domain class, or, for an edge, its sources'.
 * </li>
 * </ul>
 * An expression anywhere else is reported as unchecked.
 */
public final class SpecificationConsistency {

    private enum Yield { CONDITION, SHOWN_OBJECTS, VALUE }

    /** What an expression must yield in its place: a condition, objects of a class the mapping shows, or a value. */
    private record Expectation(Yield yield, List<EClass> shown) {

        static final Expectation CONDITION = new Expectation(Yield.CONDITION, List.of());
        static final Expectation VALUE = new Expectation(Yield.VALUE, List.of());

        static Expectation objectsOf(List<EClass> shown) {
            return new Expectation(Yield.SHOWN_OBJECTS, shown);
        }
    }

    private final DomainModel model;
    private final List<String> problems = new ArrayList<>();
    private int expressions;

    private SpecificationConsistency(DomainModel model) {
        this.model = model;
    }

    /** The problems found in the specification whose root is {@code group}, and how many expressions were typed. */
    public record Report(List<String> problems, int expressionsChecked) {
    }

    public static Report check(EObject group, DomainModel model) {
        SpecificationConsistency consistency = new SpecificationConsistency(model);
        consistency.checkObject(group);
        for (TreeIterator<EObject> contents = group.eAllContents(); contents.hasNext();) {
            consistency.checkObject(contents.next());
        }
        return new Report(List.copyOf(consistency.problems), consistency.expressions);
    }

    private void checkObject(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            String dataType = attribute.getEAttributeType().getName();
            if (!dataType.equals("TypeName") && !dataType.equals("InterpretedExpression")) {
                continue;
            }
            String text = (String) object.eGet(attribute);
            if (text == null || text.isEmpty()) {
                continue;
            }
            String where = path(object) + "." + attribute.getName();
            try {
                if (dataType.equals("TypeName")) {
                    visibleClass(object, text);
                } else {
                    expressions++;
                    checkExpression(object, attribute.getName(), text);
                }
            } catch (UnknownContext reportedWhereItIsNamed) {
                // The domainClass that gives this expression its context is wrong, and is reported on its own.
            } catch (InvalidSpecification problem) {
                problems.add(where + " = \"" + text + "\": " + problem.getMessage());
            }
        }
    }

    private void checkExpression(EObject owner, String attribute, String expression) {
        if (isA(owner, "DiagramDescription")) {
            require(expression, List.of(domainClass(owner)), owner,
                    attribute.equals("preconditionExpression") ? Expectation.CONDITION : Expectation.VALUE);
        } else if (isA(owner, "AbstractNodeMapping")) {
            switch (attribute) {
                case "semanticCandidatesExpression" -> require(expression, semanticParents(owner), owner,
                        Expectation.objectsOf(List.of(domainClass(owner))));
                case "preconditionExpression" -> require(expression, List.of(domainClass(owner)), owner,
                        Expectation.CONDITION);
                default -> throw unchecked();
            }
        } else if (isA(owner, "EdgeMapping")) {
            if (!attribute.equals("targetFinderExpression") || Boolean.TRUE.equals(value(owner, "useDomainElement"))) {
                throw unchecked();
            }
            require(expression, shownBy(references(owner, "sourceMapping")), owner,
                    Expectation.objectsOf(shownBy(references(owner, "targetMapping"))));
        } else {
            EObject mapping = enclosing(owner, "DiagramElementMapping");
            if (mapping == null) {
                throw unchecked();
            }
            require(expression, shownBy(List.of(mapping)), owner,
                    attribute.equals("predicateExpression") ? Expectation.CONDITION : Expectation.VALUE);
        }
    }

    private void require(String expression, List<EClass> selfClasses, EObject owner, Expectation expectation) {
        Set<EPackage> visible = metamodels(owner);
        for (EClass self : selfClasses) {
            Optional<Type> type = InterpretedExpressions.typeOf(expression, self, model, visible);
            String on = selfClasses.size() > 1 ? " (on a " + self.getName() + ")" : "";
            switch (expectation.yield()) {
                case CONDITION -> {
                    if (type.isEmpty() || !type.get().isBoolean()) {
                        throw new InvalidSpecification("a condition is needed here, not " + describe(type) + on);
                    }
                }
                case SHOWN_OBJECTS -> {
                    if (type.isEmpty() || !(type.get().classifier() instanceof EClass found)
                            || expectation.shown().stream().noneMatch(shown -> DomainModel.related(found, shown))) {
                        throw new InvalidSpecification("yields " + describe(type) + on + " where the mapping shows "
                                + expectation.shown().stream().map(EClass::getName)
                                        .collect(Collectors.joining(" or ")));
                    }
                }
                case VALUE -> {
                    if (type.isPresent() && type.get().classifier() instanceof EClass) {
                        throw new InvalidSpecification("yields " + describe(type) + on + " where a value is shown");
                    }
                }
            }
        }
    }

    /** The classes of the objects a mapping shows: a node's or container's domain class, an edge's sources'. */
    private List<EClass> shownBy(List<EObject> mappings) {
        List<EClass> shown = new ArrayList<>();
        for (EObject mapping : mappings) {
            if (isA(mapping, "AbstractNodeMapping")) {
                shown.add(domainClass(mapping));
            } else if (isA(mapping, "EdgeMapping") && !Boolean.TRUE.equals(value(mapping, "useDomainElement"))) {
                shown.addAll(shownBy(references(mapping, "sourceMapping")));
            } else {
                throw unchecked();
            }
        }
        return shown;
    }

    /** The classes a node or container mapping's candidates are computed from: its holder's, and its reusers'. */
    private List<EClass> semanticParents(EObject mapping) {
        List<EClass> parents = new ArrayList<>();
        EObject holder = mapping.eContainer();
        parents.add(domainClass(isA(holder, "AbstractNodeMapping") ? holder : enclosing(holder, "DiagramDescription")));
        EObject diagram = enclosing(mapping, "DiagramDescription");
        for (TreeIterator<EObject> contents = diagram.eAllContents(); contents.hasNext();) {
            EObject reuser = contents.next();
            if (isA(reuser, "AbstractNodeMapping") && reuses(reuser, mapping)) {
                parents.add(domainClass(reuser));
            }
        }
        return parents;
    }

    private static boolean reuses(EObject reuser, EObject mapping) {
        return List.of("reusedNodeMappings", "reusedContainerMappings", "reusedBorderedNodeMappings").stream()
                .filter(feature -> reuser.eClass().getEStructuralFeature(feature) != null)
                .anyMatch(feature -> references(reuser, feature).contains(mapping));
    }

    private EClass domainClass(EObject described) {
        try {
            return visibleClass(described, string(described, "domainClass"));
        } catch (InvalidSpecification wrongDomainClass) {
            throw new UnknownContext();
        }
    }

    /** An expression whose {@code self} is of a domain class that could not be resolved. */
    private static final class UnknownContext extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    private EClass visibleClass(EObject inRepresentation, String typeName) {
        EClass eClass = model.domainClass(typeName);
        if (!metamodels(inRepresentation).contains(eClass.getEPackage())) {
            throw new InvalidSpecification(typeName + " is in package " + eClass.getEPackage().getName()
                    + ", which the representation does not list among its metamodels");
        }
        return eClass;
    }

    /** The packages the enclosing representation lists as its metamodels. */
    private static Set<EPackage> metamodels(EObject inRepresentation) {
        EObject representation = enclosing(inRepresentation, "RepresentationDescription");
        if (representation == null) {
            throw new InvalidSpecification("is outside any representation, where this check has no metamodel");
        }
        Set<EPackage> packages = new HashSet<>();
        for (EObject ePackage : references(representation, "metamodel")) {
            packages.add((EPackage) EcoreUtil.resolve(ePackage, representation));
        }
        return packages;
    }

    private static String describe(Optional<Type> type) {
        return type.map(Type::toString).orElse("a literal");
    }

    private static InvalidSpecification unchecked() {
        return new InvalidSpecification("this check does not know how Sirius evaluates an expression here");
    }
}
