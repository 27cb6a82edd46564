package org.peerplan.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.peerplan.sirius.tests.Specifications.assertReported;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerplan.sirius.tests.check.SpecificationConformance;
import org.peerplan.sirius.tests.check.SpecificationResourceSet;

/**
 * The conformance check passes Sirius's own sample specification and rejects copies of it with one fault, so its
 * verdict on ours means something.
 */
class ConformanceCheckTest {

    @Test
    void siriusSampleConforms() {
        assertEquals(List.of(), SpecificationConformance.problems(Specifications.forSample(),
                SpecificationResourceSet.fileUri(Specifications.sample())));
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                arguments("a reference to a mapping that does not exist",
                        "@nodeMappings[name='ManNode']\" targetFinderExpression=\"feature:father\"",
                        "@nodeMappings[name='BoyNode']\" targetFinderExpression=\"feature:father\"",
                        "Unresolved reference"),
                arguments("a system colour that does not exist",
                        "@entries[name='purple']", "@entries[name='violet']",
                        "unresolved reference to environment:/viewpoint#//@systemColors/@entries[name='violet']"),
                arguments("a value outside an enumeration",
                        "childrenPresentation=\"List\"", "childrenPresentation=\"Grid\"",
                        "Value 'Grid' is not legal"),
                arguments("a class Sirius does not have",
                        "xsi:type=\"style:SquareDescription\"", "xsi:type=\"style:SquareShape\"",
                        "Class 'SquareShape' is not found"),
                arguments("a feature Sirius does not have",
                        "childrenPresentation=\"List\"", "childrenLayout=\"List\"",
                        "Feature 'childrenLayout' not found"),
                arguments("a required feature left out",
                        " domainClass=\"basicfamily::Family\"", "",
                        "The required feature 'domainClass'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void rejectsABrokenSample(String fault, String original, String replacement, String expected, @TempDir Path folder)
            throws Exception {
        Path broken = Specifications.broken(Specifications.sample(), folder, original, replacement);
        assertReported(expected, SpecificationConformance.problems(Specifications.forSample(),
                SpecificationResourceSet.fileUri(broken)));
    }

    @Test
    void rejectsOurSpecificationWithAColourMissingFromItsPalette(@TempDir Path folder) throws Exception {
        Path broken = Specifications.broken(Specifications.peerPlan(), folder, "@entries[name='vermillion']",
                "@entries[name='red']");
        assertReported("Unresolved reference", SpecificationConformance.problems(Specifications.forPeerPlan(),
                SpecificationResourceSet.fileUri(broken)));
    }
}
