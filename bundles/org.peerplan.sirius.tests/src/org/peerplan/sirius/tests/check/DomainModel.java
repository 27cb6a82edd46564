package org.peerplan.sirius.tests.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * The metamodel a specification is about, with the lookups its expressions need. Names are resolved as Sirius and
 * AQL resolve them: by the EPackage's name ({@code model::Task}, {@code model.Task} or plain {@code Task}), never by
 * its namespace prefix.
 */
public final class DomainModel {

    private final List<EPackage> packages = new ArrayList<>();
    private final List<EClass> classes = new ArrayList<>();

    public DomainModel(Collection<EPackage> roots) {
        roots.forEach(this::add);
    }

    private void add(EPackage ePackage) {
        packages.add(ePackage);
        ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                .forEach(classes::add);
        ePackage.getESubpackages().forEach(this::add);
    }

    /** A {@code domainClass} value: {@code Class}, {@code package.Class} or {@code package::Class}. */
    public EClass domainClass(String typeName) {
        String[] parts = typeName.contains("::") ? typeName.split("::") : typeName.split("\\.");
        if (parts.length == 2) {
            if (classifier(parts[0], parts[1]) instanceof EClass eClass) {
                return eClass;
            }
            throw new InvalidSpecification("'" + typeName + "' names no class of package " + parts[0]);
        }
        List<EClass> named = classes.stream().filter(eClass -> eClass.getName().equals(typeName)).toList();
        if (named.size() != 1) {
            throw new InvalidSpecification("'" + typeName + "' names " + named.size() + " classes, not one");
        }
        return named.get(0);
    }

    /** {@code package::Classifier} in an AQL expression. */
    public EClassifier classifier(String packageName, String classifierName) {
        EPackage ePackage = packages.stream().filter(candidate -> candidate.getName().equals(packageName)).findFirst()
                .orElseThrow(() -> new InvalidSpecification("there is no package named '" + packageName + "' (the "
                        + "package names are " + names(packages, EPackage::getName) + ")"));
        EClassifier classifier = ePackage.getEClassifier(classifierName);
        if (classifier == null) {
            throw new InvalidSpecification("package " + packageName + " has no classifier '" + classifierName + "'");
        }
        return classifier;
    }

    /** {@code package::Enum::LITERAL} in an AQL expression. */
    public EEnum enumeration(String packageName, String enumName, String literal) {
        if (!(classifier(packageName, enumName) instanceof EEnum eEnum)) {
            throw new InvalidSpecification(packageName + "::" + enumName + " is not an enumeration");
        }
        EEnumLiteral found = eEnum.getEEnumLiteral(literal);
        if (found == null) {
            throw new InvalidSpecification(enumName + " has no literal '" + literal + "' (its literals are "
                    + names(eEnum.getELiterals(), EEnumLiteral::getName) + ")");
        }
        return eEnum;
    }

    /** The class of {@code child.eContainer()}: fails unless exactly one class can contain a {@code child}. */
    public EClass container(EClass child) {
        Set<EClass> owners = directContainers(child);
        if (owners.size() != 1) {
            throw new InvalidSpecification("a " + child.getName() + " can be contained by "
                    + names(owners, EClass::getName) + ", so its container has no single type");
        }
        return owners.iterator().next();
    }

    /** Fails unless an object of class {@code ancestor} can contain a {@code descendant}, however deep. */
    public void requireAncestor(EClass ancestor, EClass descendant) {
        if (!reachable(descendant, this::directContainers).stream().anyMatch(found -> related(found, ancestor))) {
            throw new InvalidSpecification("a " + descendant.getName() + " is never inside a " + ancestor.getName());
        }
    }

    /** Fails unless an object of class {@code root} can contain a {@code content}, however deep. */
    public void requireContent(EClass root, EClass content) {
        if (!reachable(root, this::directContents).stream().anyMatch(found -> related(found, content))) {
            throw new InvalidSpecification("a " + root.getName() + " never contains a " + content.getName());
        }
    }

    /** The class that refers to {@code target} through a reference named {@code referenceName}, as eInverse finds. */
    public EClass referrer(EClass target, String referenceName) {
        Set<EClass> owners = new LinkedHashSet<>();
        for (EClass eClass : classes) {
            for (EReference reference : eClass.getEReferences()) {
                if (reference.getName().equals(referenceName) && related(reference.getEReferenceType(), target)) {
                    owners.add(eClass);
                }
            }
        }
        if (owners.size() != 1) {
            throw new InvalidSpecification(owners.isEmpty()
                    ? "no reference named '" + referenceName + "' points to a " + target.getName()
                    : "references named '" + referenceName + "' from " + names(owners, EClass::getName)
                            + " point to a " + target.getName() + ", so eInverse has no single type");
        }
        return owners.iterator().next();
    }

    /** Whether an object of one class may also be of the other: one is the other or inherits from it. */
    public static boolean related(EClass one, EClass other) {
        return one.isSuperTypeOf(other) || other.isSuperTypeOf(one);
    }

    private Set<EClass> directContainers(EClass child) {
        Set<EClass> owners = new LinkedHashSet<>();
        for (EClass eClass : classes) {
            for (EReference reference : eClass.getEAllContainments()) {
                if (related(reference.getEReferenceType(), child)) {
                    owners.add(eClass);
                }
            }
        }
        return owners;
    }

    private Set<EClass> directContents(EClass parent) {
        Set<EClass> contents = new LinkedHashSet<>();
        for (EClass eClass : classes) {
            if (parent.isSuperTypeOf(eClass)) {
                eClass.getEAllContainments().forEach(reference -> contents.add(reference.getEReferenceType()));
            }
        }
        return contents;
    }

    /** The classes reached in one or more steps, not counting the start unless a path leads back to it. */
    private static Set<EClass> reachable(EClass start, Function<EClass, Set<EClass>> step) {
        Set<EClass> reached = new HashSet<>();
        Deque<EClass> pending = new ArrayDeque<>(step.apply(start));
        while (!pending.isEmpty()) {
            EClass next = pending.pop();
            if (reached.add(next)) {
                pending.addAll(step.apply(next));
            }
        }
        return reached;
    }

    private static <T> String names(Collection<T> items, Function<T, String> name) {
        return items.stream().map(name).collect(Collectors.joining(", ", "[", "]"));
    }
}
