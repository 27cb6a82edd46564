package org.peerplan.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.peerplan.core.privacy.Redaction;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.diagram.render.DiagramWriter;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code peerplan diagram}: one kind of diagram of a plan, as SVG or PNG. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Draws a diagram of a plan as SVG or PNG: the timeline, a fishbone per root-cause analysis, the"
                + " traceability from causes to stages, the readiness dashboard or the supervision chart.")
final class DiagramCommand implements Callable<Integer> {

    @Mixin
    PlanOrExample plan;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "timeline, fishbone, traceability, readiness or supervision.")
    String kind;

    @Option(names = "--out", paramLabel = "FILE",
            description = "An .svg or .png file (default: out/KIND.svg). When the plan gives several diagrams of the"
                    + " kind (a fishbone per analysis), they are numbered: FILE-1.svg, FILE-2.svg, …")
    Path out;

    @Mixin
    AsOfOption asOf;

    @Mixin
    AudienceOption audience;

    @Override
    public Integer call() throws IOException {
        DiagramKind chosen;
        try {
            chosen = DiagramKind.of(kind.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("--kind: " + e.getMessage(), e);
        }
        Path target = out != null ? out : Path.of("out", chosen.id() + ".svg");
        DiagramWriter writer;
        try {
            writer = DiagramWriter.forFile(target);
        } catch (IllegalArgumentException e) {
            throw new IOException("--out: " + e.getMessage(), e);
        }
        ImplementationPlan loaded = Redaction.of(PlanInput.load(plan.file()), audience.audience());
        List<Diagram> diagrams = PlanDiagrams.build(chosen, DiagramInput.of(loaded, asOf.day()));
        if (diagrams.isEmpty()) {
            System.out.println("The plan has nothing to draw as a " + chosen.id() + " diagram.");
            return 0;
        }
        List<Path> files = files(target, diagrams.size());
        for (int i = 0; i < diagrams.size(); i++) {
            Diagram diagram = diagrams.get(i);
            Path file = files.get(i);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream stream = Files.newOutputStream(file)) {
                writer.write(diagram, stream);
            }
            System.out.printf("Wrote %s (%s, %.0f × %.0f)%n", file, diagram.title(), diagram.width(),
                    diagram.height());
        }
        return 0;
    }

    /** The target itself for one diagram; numbered siblings of it for several. */
    private static List<Path> files(Path target, int count) {
        if (count == 1) {
            return List.of(target);
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            files.add(target.resolveSibling(name.substring(0, dot) + "-" + i + name.substring(dot)));
        }
        return files;
    }
}
