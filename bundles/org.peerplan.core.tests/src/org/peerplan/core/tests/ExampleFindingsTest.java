package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;

/** The validator reports exactly the flaws that examples/README.md documents for the shipped example, no more. */
class ExampleFindingsTest {

    @Test
    void exampleFindingsAreExactlyTheDocumentedFlaws() throws IOException {
        String readme = Files.readString(Plans.example().resolveSibling("README.md"));
        String flaws = readme.substring(readme.indexOf("## Deliberate flaws"));
        Matcher rule = Pattern.compile("\\| F\\d+ \\| \\*\\*(R\\d+)\\*\\*").matcher(flaws);
        List<String> documented = rule.results().map(m -> m.group(1)).sorted().toList();

        List<String> reported = new PlanChecker(RuleRegistry.all(), LocalDate.of(2027, 4, 30))
                .check(new PlanStore().load(Plans.example())).findings().stream().map(Finding::ruleId).sorted()
                .toList();
        assertEquals(documented, reported);
    }
}
