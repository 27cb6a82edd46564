package org.peerplan.diagram.internal.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.readiness.CompetencyResult;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.ReadinessAssessment;

/**
 * The eleven agency competencies: one row each, the rating as a pill placed in the column of its level (not rated,
 * then from not in place to established), and the competency's questions as a bar of yes, partly, no and open answers
 * with the counts in words beside it.
 */
final class CompetencyTable {

    private static final double NAME_WIDTH = 250;
    private static final double GAP = 14;
    private static final double PILL_HEIGHT = 22;
    private static final double PILL_PADDING = 8;
    private static final double COLUMN_MARGIN = 5;
    /** Bar length per question, so that a competency with more questions has a longer bar. */
    private static final double UNIT = 14;
    private static final double BAR_HEIGHT = 14;
    private static final double TALLY_TEXT = 170;
    private static final double ROW_PADDING = 6;
    private static final double TEXT_SIZE = 10;
    private static final double SMALL_SIZE = 9;

    private final List<CompetencyResult> results;
    private final ReadinessAssessment readiness;
    private final double levelWidth;
    private final double barWidth;

    CompetencyTable(List<CompetencyResult> results, ReadinessAssessment readiness) {
        this.results = results;
        this.readiness = readiness;
        this.levelWidth = CompetencyRating.VALUES.stream()
                .mapToDouble(r -> TextMetrics.width(Labels.words(r), SMALL_SIZE, true)).max().orElse(0)
                + 2 * PILL_PADDING + 2 * COLUMN_MARGIN;
        this.barWidth = results.stream().mapToInt(CompetencyTable::questions).max().orElse(0) * UNIT;
    }

    private static int questions(CompetencyResult result) {
        return result.yes() + result.partly() + result.no() + result.unanswered();
    }

    double naturalWidth() {
        return 2 * Panel.PADDING + NAME_WIDTH + GAP + CompetencyRating.VALUES.size() * levelWidth + GAP + barWidth + 8
                + TALLY_TEXT;
    }

    Panel draw(double width) {
        Panel panel = new Panel("panel-competencies", "Agency competencies: rating and questions answered", width);
        double levels = panel.left() + NAME_WIDTH + GAP;
        double bar = levels + CompetencyRating.VALUES.size() * levelWidth + GAP;
        header(panel, levels, bar);
        double rowsTop = panel.bottom();
        for (int i = 0; i < results.size(); i++) {
            row(panel, results.get(i), i, levels, bar);
        }
        for (int i = 1; i < CompetencyRating.VALUES.size(); i++) {
            double x = levels + i * levelWidth;
            panel.line(Edge.line("competency-guide-" + i, Palette.GRID, new Point(x, rowsTop),
                    new Point(x, panel.bottom())));
        }
        return panel;
    }

    private void header(Panel panel, double levels, double bar) {
        double top = panel.bottom();
        List<Node> headings = new ArrayList<>();
        headings.add(Cells.text("competency-heading-name", TextMetrics.label("Competency", NAME_WIDTH, SMALL_SIZE + 0.5,
                true).align(Label.Align.START), panel.left(), top));
        for (CompetencyRating rating : CompetencyRating.VALUES) {
            headings.add(Cells.centered("competency-heading-" + rating.getName(), TextMetrics.label(
                    Labels.words(rating), levelWidth - 2 * COLUMN_MARGIN, SMALL_SIZE + 0.5, true),
                    levels + (column(rating) + 0.5) * levelWidth, top));
        }
        headings.add(Cells.text("competency-heading-questions", TextMetrics.label("Questions: yes, partly, no, open",
                panel.right() - bar, SMALL_SIZE + 0.5, true).align(Label.Align.START), bar, top));
        // Headings share their last line, whatever their number of lines.
        double bottom = headings.stream().mapToDouble(n -> n.box().bottom()).max().orElse(top);
        headings.forEach(h -> panel.add(h.moveTo(h.box().x(), bottom - h.box().height())));
        panel.skip(6);
    }

    private void row(Panel panel, CompetencyResult result, int index, double levels, double bar) {
        String code = result.competency().getCode();
        String id = "competency-" + code;
        Label name = TextMetrics.label(code + "  " + result.competency().getName(), NAME_WIDTH - 8, TEXT_SIZE, false)
                .align(Label.Align.START);
        double height = Math.max(PILL_HEIGHT, name.height()) + 2 * ROW_PADDING;
        double top = panel.bottom();
        double middle = top + height / 2;
        Node row = new Node(id, Shape.RECTANGLE, index % 2 == 0 ? Marks.STRIPE : Marks.PLAIN_ROW)
                .size(panel.innerWidth(), height).moveTo(panel.left(), top).tooltip(result.competency().getText());
        assessment(result).ifPresent(a -> row.ref(DiagramInput.ref(a)));
        row.add(Cells.text(id + "-name", name, panel.left() + 4, middle - name.height() / 2));
        double pillLeft = levels + column(result.rating()) * levelWidth + COLUMN_MARGIN;
        row.add(Cells.box(id + "-rating", Shape.ROUNDED, Marks.rating(result.rating()),
                new Box(pillLeft, middle - PILL_HEIGHT / 2, levelWidth - 2 * COLUMN_MARGIN, PILL_HEIGHT),
                TextMetrics.label(Labels.words(result.rating()), SMALL_SIZE, true)));
        tally(row, id, result, bar, middle);
        panel.add(row);
    }

    /** Not rated first, then the levels from not in place to established, in the enumeration's order. */
    private static int column(CompetencyRating rating) {
        return CompetencyRating.VALUES.indexOf(rating);
    }

    private Optional<CompetencyAssessment> assessment(CompetencyResult result) {
        return readiness.getCompetencies().stream().filter(a -> a.getCompetency() == result.competency()).findFirst();
    }

    /** The answers as adjoining segments, one unit per question, then the counts in words. */
    private void tally(Node row, String id, CompetencyResult result, double bar, double middle) {
        double x = bar;
        int[] counts = { result.yes(), result.partly(), result.no(), result.unanswered() };
        String[] words = { "yes", "partly", "no", "open" };
        Style[] styles = { Marks.YES, Marks.PARTLY, Marks.NO, Marks.OPEN };
        List<String> said = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            row.add(new Node(id + "-" + words[i], Shape.RECTANGLE, styles[i]).size(counts[i] * UNIT, BAR_HEIGHT)
                    .moveTo(x, middle - BAR_HEIGHT / 2).tooltip(counts[i] + " " + words[i]));
            x += counts[i] * UNIT;
            said.add(counts[i] + " " + words[i]);
        }
        String text = said.isEmpty() ? "the toolkit asks no questions" : String.join(" · ", said);
        Label counted = TextMetrics.label(text, TALLY_TEXT, SMALL_SIZE, false).align(Label.Align.START);
        row.add(Cells.text(id + "-tally", counted, bar + barWidth + 8, middle - counted.height() / 2));
    }
}
