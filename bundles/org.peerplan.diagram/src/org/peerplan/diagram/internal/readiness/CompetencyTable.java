package org.peerplan.diagram.internal.readiness;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** The narrowest the name column becomes when the table is narrowed to a page. */
    private static final double MIN_NAME_WIDTH = 180;
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
    private static final double SMALL_SIZE = TextMetrics.SMALLEST;
    private static final String[] ANSWERS = { "yes", "partly", "no", "open" };

    private final List<CompetencyResult> results;
    private final ReadinessAssessment readiness;
    /** A level's column wide enough for its name on one line. */
    private final double levelWidth;
    /** A level's column wide enough for the longest word of its name, the name wrapping. */
    private final double narrowLevelWidth;
    private final int mostQuestions;

    /**
     * Where a drawn table's columns begin, and how long a question's part of the answers' bar is. Narrowed to a page,
     * the name column gives up width first, then the bar shortens and its counts go under it instead of beside it.
     */
    private record Columns(double nameWidth, double levels, double levelWidth, double bar, double unit,
            double countsWidth, boolean countsBeside) {
    }

    CompetencyTable(List<CompetencyResult> results, ReadinessAssessment readiness) {
        this.results = results;
        this.readiness = readiness;
        this.levelWidth = CompetencyRating.VALUES.stream()
                .mapToDouble(r -> TextMetrics.width(Labels.words(r), SMALL_SIZE, true)).max().orElse(0)
                + 2 * PILL_PADDING + 2 * COLUMN_MARGIN;
        this.narrowLevelWidth = CompetencyRating.VALUES.stream().flatMap(r -> Arrays.stream(Labels.words(r).split(" ")))
                .mapToDouble(word -> TextMetrics.width(word, SMALL_SIZE, true)).max().orElse(0)
                + 2 * PILL_PADDING + 2 * COLUMN_MARGIN;
        this.mostQuestions = results.stream().mapToInt(CompetencyTable::questions).max().orElse(0);
    }

    private static int questions(CompetencyResult result) {
        return Arrays.stream(answers(result)).sum();
    }

    double naturalWidth() {
        return 2 * Panel.PADDING + NAME_WIDTH + GAP + CompetencyRating.VALUES.size() * levelWidth + GAP
                + mostQuestions * UNIT + 8 + TALLY_TEXT;
    }

    private Columns columns(Panel panel, double width) {
        double nameWidth = Math.max(MIN_NAME_WIDTH, NAME_WIDTH - Math.max(0, naturalWidth() - width));
        double levels = panel.left() + nameWidth + GAP;
        boolean narrow = nameWidth < NAME_WIDTH;
        double level = narrow ? narrowLevelWidth : levelWidth;
        double bar = levels + CompetencyRating.VALUES.size() * level + GAP;
        double room = panel.right() - bar;
        if (room >= mostQuestions * UNIT + 8 + TALLY_TEXT) {
            return new Columns(nameWidth, levels, level, bar, UNIT, TALLY_TEXT, true);
        }
        return new Columns(nameWidth, levels, level, bar, Math.min(UNIT, room / Math.max(1, mostQuestions)), room,
                false);
    }

    Panel draw(double width) {
        Panel panel = new Panel("panel-competencies", "Agency competencies: rating and questions answered", width);
        Columns columns = columns(panel, width);
        header(panel, columns);
        double rowsTop = panel.bottom();
        for (int i = 0; i < results.size(); i++) {
            row(panel, results.get(i), i, columns);
        }
        for (int i = 1; i < CompetencyRating.VALUES.size(); i++) {
            double x = columns.levels() + i * columns.levelWidth();
            panel.line(Edge.line("competency-guide-" + i, Palette.GRID, new Point(x, rowsTop),
                    new Point(x, panel.bottom())));
        }
        return panel;
    }

    private void header(Panel panel, Columns columns) {
        double top = panel.bottom();
        List<Node> headings = new ArrayList<>();
        headings.add(Cells.text("competency-heading-name", TextMetrics.label("Competency", columns.nameWidth(),
                SMALL_SIZE + 0.5, true).align(Label.Align.START), panel.left(), top));
        for (CompetencyRating rating : CompetencyRating.VALUES) {
            headings.add(Cells.centered("competency-heading-" + rating.getName(), TextMetrics.label(
                    Labels.words(rating), columns.levelWidth() - 2 * COLUMN_MARGIN, SMALL_SIZE + 0.5, true),
                    columns.levels() + (column(rating) + 0.5) * columns.levelWidth(), top));
        }
        headings.add(Cells.text("competency-heading-questions", TextMetrics.label("Questions: yes, partly, no, open",
                panel.right() - columns.bar(), SMALL_SIZE + 0.5, true).align(Label.Align.START), columns.bar(), top));
        // Headings share their last line, whatever their number of lines.
        double bottom = headings.stream().mapToDouble(n -> n.box().bottom()).max().orElse(top);
        headings.forEach(h -> panel.add(h.moveTo(h.box().x(), bottom - h.box().height())));
        panel.skip(6);
    }

    private void row(Panel panel, CompetencyResult result, int index, Columns columns) {
        String code = result.competency().getCode();
        String id = "competency-" + code;
        Label name = TextMetrics.label(code + "  " + result.competency().getName(), columns.nameWidth() - 8,
                TEXT_SIZE, false).align(Label.Align.START);
        Label counts = TextMetrics.label(counts(result), columns.countsWidth(), SMALL_SIZE, false)
                .align(Label.Align.START);
        Label rating = TextMetrics.label(Labels.words(result.rating()),
                columns.levelWidth() - 2 * COLUMN_MARGIN - 2 * PILL_PADDING, SMALL_SIZE, true);
        double pillHeight = Math.max(PILL_HEIGHT, rating.height() + 6);
        double answers = columns.countsBeside() ? BAR_HEIGHT : BAR_HEIGHT + 2 + counts.height();
        double height = Math.max(Math.max(pillHeight, answers), name.height()) + 2 * ROW_PADDING;
        double top = panel.bottom();
        double middle = top + height / 2;
        Node row = new Node(id, Shape.RECTANGLE, index % 2 == 0 ? Marks.STRIPE : Marks.PLAIN_ROW)
                .size(panel.innerWidth(), height).moveTo(panel.left(), top).tooltip(result.competency().getText());
        assessment(result).ifPresent(a -> row.ref(DiagramInput.ref(a)));
        row.add(Cells.text(id + "-name", name, panel.left() + 4, middle - name.height() / 2));
        double pillLeft = columns.levels() + column(result.rating()) * columns.levelWidth() + COLUMN_MARGIN;
        row.add(Cells.box(id + "-rating", Shape.ROUNDED, Marks.rating(result.rating()), new Box(pillLeft,
                middle - pillHeight / 2, columns.levelWidth() - 2 * COLUMN_MARGIN, pillHeight), rating));
        double barMiddle = middle - answers / 2 + BAR_HEIGHT / 2;
        bar(row, id, result, columns, barMiddle);
        if (columns.countsBeside()) {
            row.add(Cells.text(id + "-tally", counts, columns.bar() + mostQuestions * columns.unit() + 8,
                    middle - counts.height() / 2));
        } else {
            row.add(Cells.text(id + "-tally", counts, columns.bar(), barMiddle + BAR_HEIGHT / 2 + 2));
        }
        panel.add(row);
    }

    /** Not rated first, then the levels from not in place to established, in the enumeration's order. */
    private static int column(CompetencyRating rating) {
        return CompetencyRating.VALUES.indexOf(rating);
    }

    private Optional<CompetencyAssessment> assessment(CompetencyResult result) {
        return readiness.getCompetencies().stream().filter(a -> a.getCompetency() == result.competency()).findFirst();
    }

    /** The answers as adjoining segments, one unit per question. */
    private static void bar(Node row, String id, CompetencyResult result, Columns columns, double middle) {
        double x = columns.bar();
        int[] counts = answers(result);
        Style[] styles = { Marks.YES, Marks.PARTLY, Marks.NO, Marks.OPEN };
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                row.add(new Node(id + "-" + ANSWERS[i], Shape.RECTANGLE, styles[i])
                        .size(counts[i] * columns.unit(), BAR_HEIGHT).moveTo(x, middle - BAR_HEIGHT / 2)
                        .tooltip(counts[i] + " " + ANSWERS[i]));
                x += counts[i] * columns.unit();
            }
        }
    }

    /** How many questions were answered yes, partly, no, and how many are open, as {@link #ANSWERS} names them. */
    private static int[] answers(CompetencyResult result) {
        return new int[] { result.yes(), result.partly(), result.no(), result.unanswered() };
    }

    /** The counts in words, so that the bar is read without its colours. */
    private static String counts(CompetencyResult result) {
        int[] counts = answers(result);
        List<String> said = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                said.add(counts[i] + " " + ANSWERS[i]);
            }
        }
        return said.isEmpty() ? "the toolkit asks no questions" : String.join(" · ", said);
    }
}
