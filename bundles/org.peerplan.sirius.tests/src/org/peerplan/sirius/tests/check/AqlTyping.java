package org.peerplan.sirius.tests.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The static type of an AQL expression, found by walking it the way AQL evaluates it: every feature is looked up on
 * the class of the value it is navigated from, every type and enumeration literal in the metamodel. It knows the part
 * of AQL the PeerPlan specification uses ({@code and}, {@code or}, {@code =}, {@code <>}, string {@code +}, navigation,
 * {@code eContainer}, {@code eAllContents}, {@code eInverse}, {@code toString}, {@code select}, {@code reject},
 * {@code isEmpty}, {@code notEmpty}); anything else is reported as not understood, never taken on trust.
 */
final class AqlTyping {

    private final List<AqlTokens.Token> tokens;
    private final DomainModel model;
    private final Set<EPackage> visiblePackages;
    private final Map<String, Type> variables = new HashMap<>();
    private int position;

    private AqlTyping(String expression, EClass self, DomainModel model, Set<EPackage> visiblePackages) {
        this.tokens = AqlTokens.of(expression);
        this.model = model;
        this.visiblePackages = visiblePackages;
        variables.put("self", Type.one(self));
    }

    /**
     * @param expression      the expression without its {@code aql:} prefix
     * @param self            the class of the object the expression is evaluated on
     * @param visiblePackages the packages the representation lists as its metamodels: the only ones AQL can name
     */
    static Type typeOf(String expression, EClass self, DomainModel model, Set<EPackage> visiblePackages) {
        AqlTyping typing = new AqlTyping(expression, self, model, visiblePackages);
        Type type = typing.or();
        typing.expect(AqlTokens.Kind.END, "");
        return type;
    }

    private Type or() {
        Type left = and();
        while (accept("or")) {
            left = bothBoolean(left, and(), "or");
        }
        return left;
    }

    private Type and() {
        Type left = equality();
        while (accept("and")) {
            left = bothBoolean(left, equality(), "and");
        }
        return left;
    }

    private Type equality() {
        Type left = concatenation();
        if (peek().is("=") || peek().is("<>")) {
            String operator = next().text();
            Type right = concatenation();
            if ((left.classifier() instanceof EEnum || right.classifier() instanceof EEnum)
                    && left.classifier() != right.classifier()) {
                throw new InvalidSpecification("'" + operator + "' compares " + left + " with " + right);
            }
            return Type.BOOLEAN;
        }
        return left;
    }

    private Type concatenation() {
        Type left = postfix();
        while (accept("+")) {
            Type right = postfix();
            if (!left.isString() || !right.isString()) {
                throw new InvalidSpecification("'+' joins two strings here, not " + left + " and " + right);
            }
        }
        return left;
    }

    private Type postfix() {
        Type type = primary();
        while (true) {
            if (accept(".")) {
                String name = word();
                type = accept("(") ? service(type, name) : navigate(type, name);
            } else if (accept("->")) {
                String name = word();
                expect(AqlTokens.Kind.SYMBOL, "(");
                type = collectionOperation(type, name);
            } else {
                return type;
            }
        }
    }

    private Type primary() {
        AqlTokens.Token token = next();
        if (token.kind() == AqlTokens.Kind.STRING) {
            return Type.STRING;
        }
        if (token.is("(")) {
            Type inner = or();
            expect(AqlTokens.Kind.SYMBOL, ")");
            return inner;
        }
        if (token.kind() != AqlTokens.Kind.WORD) {
            throw new InvalidSpecification("unexpected " + token);
        }
        if (accept("::")) {
            String classifier = word();
            expect(AqlTokens.Kind.SYMBOL, "::");
            String literal = word();
            visible(model.classifier(token.text(), classifier));
            return Type.one(model.enumeration(token.text(), classifier, literal));
        }
        Type variable = variables.get(token.text());
        if (variable == null) {
            throw new InvalidSpecification("unknown variable '" + token.text() + "'");
        }
        return variable;
    }

    private Type navigate(Type receiver, String featureName) {
        EClass eClass = receiver.eClass("." + featureName);
        EStructuralFeature feature = eClass.getEStructuralFeature(featureName);
        if (feature == null) {
            throw new InvalidSpecification(eClass.getName() + " has no feature '" + featureName + "'");
        }
        return new Type(feature.getEType(), receiver.many() || feature.isMany());
    }

    private Type service(Type receiver, String name) {
        switch (name) {
            case "eContainer" -> {
                EClass child = receiver.eClass("eContainer()");
                EClass container;
                if (accept(")")) {
                    container = model.container(child);
                } else {
                    container = typeLiteral();
                    expect(AqlTokens.Kind.SYMBOL, ")");
                    model.requireAncestor(container, child);
                }
                return new Type(container, receiver.many());
            }
            case "eAllContents" -> {
                EClass root = receiver.eClass("eAllContents()");
                EClass content = typeLiteral();
                expect(AqlTokens.Kind.SYMBOL, ")");
                model.requireContent(root, content);
                return Type.many(content);
            }
            case "eInverse" -> {
                EClass target = receiver.eClass("eInverse()");
                AqlTokens.Token referenceName = expect(AqlTokens.Kind.STRING, null);
                expect(AqlTokens.Kind.SYMBOL, ")");
                return Type.many(model.referrer(target, referenceName.text()));
            }
            case "toString" -> {
                expect(AqlTokens.Kind.SYMBOL, ")");
                return new Type(Type.STRING.classifier(), receiver.many());
            }
            default -> throw new InvalidSpecification("the service " + name + "() is not known to this check");
        }
    }

    private Type collectionOperation(Type receiver, String name) {
        switch (name) {
            case "select", "reject" -> {
                String variable = word();
                expect(AqlTokens.Kind.SYMBOL, "|");
                Type shadowed = variables.put(variable, Type.one(receiver.classifier()));
                Type condition = or();
                restore(variable, shadowed);
                expect(AqlTokens.Kind.SYMBOL, ")");
                if (!condition.isBoolean()) {
                    throw new InvalidSpecification(name + " needs a condition, but gets " + condition);
                }
                return Type.many(receiver.classifier());
            }
            case "isEmpty", "notEmpty" -> {
                expect(AqlTokens.Kind.SYMBOL, ")");
                return Type.BOOLEAN;
            }
            default -> throw new InvalidSpecification("the operation ->" + name + "() is not known to this check");
        }
    }

    private EClass typeLiteral() {
        String packageName = word();
        expect(AqlTokens.Kind.SYMBOL, "::");
        String className = word();
        EClassifier classifier = visible(model.classifier(packageName, className));
        if (!(classifier instanceof EClass eClass)) {
            throw new InvalidSpecification(packageName + "::" + className + " is not a class");
        }
        return eClass;
    }

    private EClassifier visible(EClassifier classifier) {
        if (!visiblePackages.contains(classifier.getEPackage())) {
            throw new InvalidSpecification(classifier.getName() + " is in package " + classifier.getEPackage().getName()
                    + ", which the representation does not list among its metamodels");
        }
        return classifier;
    }

    private void restore(String variable, Type shadowed) {
        if (shadowed == null) {
            variables.remove(variable);
        } else {
            variables.put(variable, shadowed);
        }
    }

    private static Type bothBoolean(Type left, Type right, String operator) {
        if (!left.isBoolean() || !right.isBoolean()) {
            throw new InvalidSpecification("'" + operator + "' joins two conditions, not " + left + " and " + right);
        }
        return Type.BOOLEAN;
    }

    private String word() {
        return expect(AqlTokens.Kind.WORD, null).text();
    }

    private AqlTokens.Token expect(AqlTokens.Kind kind, String text) {
        AqlTokens.Token token = next();
        if (token.kind() != kind || (text != null && !token.text().equals(text))) {
            throw new InvalidSpecification("expected " + (text == null ? kind.name().toLowerCase() : "'" + text + "'")
                    + " but found " + token);
        }
        return token;
    }

    private boolean accept(String symbolOrWord) {
        if (peek().is(symbolOrWord)) {
            position++;
            return true;
        }
        return false;
    }

    private AqlTokens.Token peek() {
        return tokens.get(position);
    }

    private AqlTokens.Token next() {
        AqlTokens.Token token = tokens.get(position);
        if (token.kind() != AqlTokens.Kind.END) {
            position++;
        }
        return token;
    }
}
