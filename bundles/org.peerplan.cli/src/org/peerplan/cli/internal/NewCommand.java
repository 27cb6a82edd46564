package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code peerplan new}: a plan pre-filled from the toolkit catalog. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a plan pre-filled from the toolkits: every stage with its recommended tasks, the policy"
                + " review checklist, the planning lists, the risk factors and the competency questions.")
final class NewCommand implements Callable<Integer> {

    @Option(names = "--agency", required = true, description = "The agency's name.")
    String agency;

    @Option(names = "--state", defaultValue = "", description = "Two-letter US state code (some rules depend on it).")
    String state;

    @Option(names = "--start", description = "Plan start date, yyyy-mm-dd (default: today).")
    LocalDate start;

    @Option(names = "--first-peer", paramLabel = "DATE", description = "When the first peer is planned to start,"
            + " yyyy-mm-dd (optional: the plan asks for it until it is set).")
    LocalDate firstPeer;

    @Option(names = "--prepared-by", paramLabel = "NAME", description = "Who prepares the plan, as the cover names"
            + " them (optional).")
    String preparedBy;

    @Option(names = "--out", description = "The file to write (default: the agency's name, as NAME.peerplan).")
    Path out;

    @Option(names = "--force", description = "Overwrite the file if it exists (its previous version is kept as .bak).")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Path file = out != null ? out : Path.of(NewPlanFactory.fileName(agency));
        if (Files.exists(file) && !force) {
            throw new IOException(file + " already exists; choose another --out or add --force.");
        }
        if (!state.isEmpty() && !state.matches("[A-Za-z]{2}")) {
            throw new IOException("--state must be a two-letter state code such as CA, not '" + state + "'.");
        }
        LocalDate planStart = start != null ? start : LocalDate.now();
        if (firstPeer != null && firstPeer.isBefore(planStart)) {
            throw new IOException("--first-peer (" + firstPeer + ") cannot come before the plan's start (" + planStart
                    + ").");
        }
        ResourceSet resourceSet = PlanStore.newResourceSet();
        NewPlanFactory factory = new NewPlanFactory(ToolkitCatalog.in(resourceSet));
        ImplementationPlan plan = factory.create(agency, state.toUpperCase(Locale.ROOT), planStart);
        plan.getTimeline().setFirstPeerStart(firstPeer);
        if (preparedBy != null && !preparedBy.isBlank()) {
            plan.setConsultant(preparedBy.strip());
        }
        new PlanStore().save(plan, file);
        long tasks = plan.getTimeline().getStages().stream().mapToLong(s -> s.getTasks().size()).sum();
        System.out.printf("Created %s for %s: %d stages with %d tasks, %d policy-review questions, %d planning items,"
                + " %d risk factors and %d competencies to assess.%n", file, agency,
                plan.getTimeline().getStages().size(), tasks, plan.getPolicyReview().getFindings().size(),
                plan.getPolicyReview().getPlanningItems().size(), plan.getPolicyReview().getRiskFactors().size(),
                plan.getReadiness().getCompetencies().size());
        return 0;
    }
}
