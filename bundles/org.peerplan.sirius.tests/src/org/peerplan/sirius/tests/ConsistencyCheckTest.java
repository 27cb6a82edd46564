package org.peerplan.sirius.tests;

import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.peerplan.sirius.tests.Specifications.assertReported;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerplan.sirius.tests.check.SpecificationConsistency;

/**
 * The consistency check rejects a copy of our specification with one mistake in it, and says what is wrong: so its
 * silence on the real file means the file fits the metamodel.
 */
class ConsistencyCheckTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments("a domain class that does not exist",
                        "domainClass=\"model::Stage\"", "domainClass=\"model::Phase\"",
                        "package model has no classifier 'Phase'"),
                arguments("a domain class named by namespace prefix, which Sirius does not resolve",
                        "domainClass=\"model::RootCauseAnalysis\"", "domainClass=\"peerplan::RootCauseAnalysis\"",
                        "there is no package named 'peerplan'"),
                arguments("a feature: expression naming no feature",
                        "semanticCandidatesExpression=\"feature:tasks\"",
                        "semanticCandidatesExpression=\"feature:task\"",
                        "Stage has no feature 'task'"),
                arguments("a navigation from the wrong class",
                        "aql:self.timeline.stages.tasks", "aql:self.timeline.tasks",
                        "Timeline has no feature 'tasks'"),
                arguments("a feature of another class inside a condition",
                        "aql:self.addresses->isEmpty()", "aql:self.whys->isEmpty()",
                        "Action has no feature 'whys'"),
                arguments("an enumeration literal that does not exist",
                        "model::TaskStatus::BLOCKED", "model::TaskStatus::STUCK",
                        "TaskStatus has no literal 'STUCK'"),
                arguments("a comparison with a literal of another enumeration",
                        "c.category = model::RootCauseCategory::PEOPLE", "c.category = model::TaskStatus::DONE",
                        "'=' compares a RootCauseCategory with a TaskStatus"),
                arguments("an inverse reference that does not exist",
                        "eInverse('addresses')->isEmpty()", "eInverse('adresses')->isEmpty()",
                        "no reference named 'adresses' points to a Cause"),
                arguments("candidates of another class than the mapping shows",
                        "semanticCandidatesExpression=\"feature:actions\"",
                        "semanticCandidatesExpression=\"feature:risks\"",
                        "yields a collection of Risk where the mapping shows Action"),
                arguments("an edge to objects its target mapping does not show",
                        "targetFinderExpression=\"feature:tasks\"", "targetFinderExpression=\"feature:owner\"",
                        "yields a Person where the mapping shows Task"),
                arguments("a label that shows an object",
                        "labelExpression=\"feature:title\" tooltipExpression=\"feature:hiringRationale\"",
                        "labelExpression=\"feature:program\" tooltipExpression=\"feature:hiringRationale\"",
                        "yields a Program where a value is shown"),
                arguments("a style condition that is not a condition",
                        "predicateExpression=\"feature:milestone\"", "predicateExpression=\"feature:name\"",
                        "a condition is needed here, not a EString"),
                arguments("a container that cannot hold what is asked of it",
                        "self.eContainer(model::Cause)", "self.eContainer(model::Task)",
                        "a Cause is never inside a Task"),
                arguments("a service this check does not know",
                        "self.eContainer(model::Cause)", "self.ancestors(model::Cause)",
                        "the service ancestors() is not known to this check"),
                arguments("a type from a package the representation does not list",
                        "self.eAllContents(model::Cause)\" domainClass=\"model::Cause\">",
                        "self.eAllContents(catalog::CompetencyDef)\" domainClass=\"model::Cause\">",
                        "CompetencyDef is in package catalog, which the representation does not list"),
                arguments("another interpreter, which this check cannot read",
                        "labelExpression=\"feature:currentSituation\"", "labelExpression=\"service:situation()\"",
                        "this check reads only aql:, feature: and var:self expressions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistake(String mistake, String original, String replacement, String expected, @TempDir Path folder)
            throws Exception {
        Path broken = Specifications.broken(Specifications.peerPlan(), folder, original, replacement);
        assertReported(expected, SpecificationConsistency.check(
                Specifications.load(Specifications.forPeerPlan(), broken), Specifications.peerPlanModel()).problems());
    }
}
