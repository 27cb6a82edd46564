package org.peerplan.diagram.internal.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.readiness.CompetencyResult;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.layout.Frame;
import org.peerplan.diagram.layout.LegendEntry;
import org.peerplan.diagram.plan.DiagramBuilder;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.ReadinessAssessment;

/**
 * The readiness dashboard: three panels of one width stacked on a page — the quiz's result on the band scale with
 * each respondent's count, the quiz item by item, the competencies — and a key.
 */
public final class ReadinessDiagram implements DiagramBuilder {

    private static final double PANEL_GAP = 20;

    /** The widest the dashboard may be, or 0 for its panels' own widths. */
    private final double maxWidth;

    /** The dashboard at the width its panels ask for. */
    public ReadinessDiagram() {
        this(0);
    }

    /** The dashboard with its panels narrowed, where they ask for more, to make it at most {@code maxWidth} wide. */
    public ReadinessDiagram(double maxWidth) {
        this.maxWidth = maxWidth;
    }

    @Override
    public List<Diagram> build(DiagramInput input) {
        ReadinessAssessment readiness = input.plan().getReadiness();
        ReadinessScorer scorer = new ReadinessScorer(input.catalog());
        QuizResult quiz = scorer.quiz(readiness);
        List<CompetencyResult> competencies = scorer.competencies(readiness);
        BandScale band = new BandScale(quiz, input.catalog().getReadinessBands());
        QuizMatrix matrix = new QuizMatrix(quiz);
        CompetencyTable table = new CompetencyTable(competencies, readiness);
        double width = Math.max(band.naturalWidth(), Math.max(matrix.naturalWidth(), table.naturalWidth()));
        if (maxWidth > 0) {
            width = Math.min(width, maxWidth - 2 * Frame.MARGIN);
        }
        Diagram diagram = new Diagram(DiagramKind.READINESS, "readiness", "Readiness for peer roles")
                .description(description(quiz, competencies));
        double top = band.draw(width).drawAt(0, diagram) + PANEL_GAP;
        top = matrix.draw(width).drawAt(top, diagram) + PANEL_GAP;
        table.draw(width).drawAt(top, diagram);
        return List.of(Frame.finish(diagram, input.subtitle(), legend(quiz, competencies)));
    }

    private static String description(QuizResult quiz, List<CompetencyResult> competencies) {
        Map<CompetencyRating, Long> ratings = competencies.stream()
                .collect(Collectors.groupingBy(CompetencyResult::rating, Collectors.counting()));
        String rated = CompetencyRating.VALUES.stream().filter(ratings::containsKey)
                .map(r -> ratings.get(r) + " " + Labels.words(r)).collect(Collectors.joining(", "));
        int respondents = quiz.respondents().size();
        String answered = respondents == 0 ? "Nobody has answered the timeline readiness quiz yet."
                : "The timeline readiness quiz, answered by " + respondents + (respondents == 1 ? " person" : " people")
                        + ", gives " + quiz.organizationTrueCount() + " of " + quiz.items().size() + " True: "
                        + BandScale.band(quiz) + "; " + quiz.disputedItems().size() + " of the "
                        + quiz.items().size() + " items are disputed.";
        return answered + " The " + competencies.size() + " agency competencies are rated: " + rated + ".";
    }

    /** The key names only what the page shows: no respondents' marks when nobody answered, say. */
    private static List<LegendEntry> legend(QuizResult quiz, List<CompetencyResult> competencies) {
        List<LegendEntry> key = new ArrayList<>();
        key.add(new LegendEntry(Shape.RECTANGLE, Marks.YES, "T, yes: True or yes"));
        key.add(new LegendEntry(Shape.RECTANGLE, Marks.NO, "F, no: False or no"));
        if (competencies.stream().anyMatch(c -> c.partly() > 0)) {
            key.add(new LegendEntry(Shape.RECTANGLE, Marks.PARTLY, "partly"));
        }
        key.add(new LegendEntry(Shape.RECTANGLE, Marks.OPEN, "–, open: no answer, not rated"));
        if (!quiz.disputedItems().isEmpty()) {
            key.add(new LegendEntry(Shape.RECTANGLE, Palette.CAUTION,
                    "disputed item: the respondents disagree; discuss it before trusting the band"));
        }
        if (quiz.band() != null) {
            key.add(new LegendEntry(Shape.RECTANGLE, Marks.THIS_BAND, "the organization's band"));
            key.add(new LegendEntry(Shape.DIAMOND, Marks.ORGANIZATION,
                    "the organization's True count: an item is True when most respondents say so"));
            key.add(new LegendEntry(Shape.LINE, Marks.ORGANIZATION_LINE,
                    "the organization's count, carried down through the respondents"));
            key.add(new LegendEntry(Shape.ELLIPSE, Marks.RESPONDENT, "one respondent's own True count"));
        }
        return key;
    }
}
