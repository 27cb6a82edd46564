package org.peerplan.diagram.internal.readiness;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.peerplan.core.readiness.QuizItemResult;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.Respondent;
import org.peerplan.model.catalog.ReadinessBandDef;

/**
 * The result panel: what the quiz says in one sentence, then a scale of the count of True answers (0 to the number of
 * items) divided into the catalog's bands, the organization's count marked above it, and below it each respondent's
 * own count on the same scale, so that a spread across bands is seen at once.
 */
final class BandScale {

    private static final double GUTTER = 180;
    private static final double MIN_SLOT = 60;
    private static final double HEADLINE_SIZE = 12.5;
    private static final double TEXT_SIZE = 10;
    private static final double SMALL_SIZE = TextMetrics.SMALLEST;
    private static final double MARKER = 16;
    private static final double DOT = 12;
    private static final double BAR_HEIGHT = 8;
    private static final double RESPONDENT_ROW = 26;
    private static final double SEGMENT_PADDING = 7;

    private final QuizResult quiz;
    private final List<ReadinessBandDef> bands;

    BandScale(QuizResult quiz, List<ReadinessBandDef> bands) {
        this.quiz = quiz;
        this.bands = bands.stream().sorted(Comparator.comparingInt(ReadinessBandDef::getMinTrue)).toList();
    }

    /** The narrowest panel that holds the scale with readable bands. */
    double naturalWidth() {
        return 2 * Panel.PADDING + GUTTER + slots() * MIN_SLOT;
    }

    private int slots() {
        return quiz.items().size() + 1;
    }

    Panel draw(double width) {
        Panel panel = new Panel("panel-band", "Timeline readiness quiz: result and band", width);
        double slot = (panel.innerWidth() - GUTTER) / slots();
        double scaleLeft = panel.left() + GUTTER;
        headline(panel);
        panel.skip(14);
        if (quiz.band() != null) {
            marker(panel, scaleLeft, slot);
        }
        segments(panel, scaleLeft, slot);
        ticks(panel, scaleLeft, slot);
        respondents(panel, scaleLeft, slot);
        return panel;
    }

    private void headline(Panel panel) {
        panel.add(Cells.text("band-result", TextMetrics.label(result(quiz), panel.innerWidth(), HEADLINE_SIZE, true)
                .align(Label.Align.START), panel.left(), panel.bottom()));
        List<QuizItemResult> disputed = quiz.disputedItems();
        if (!disputed.isEmpty()) {
            String codes = disputed.stream().map(i -> i.item().getCode()).collect(Collectors.joining(", "));
            Label warning = TextMetrics.label("⚠ " + disputed.size() + (disputed.size() == 1 ? " item is" : " items are")
                    + " disputed (" + codes + "): the respondents disagree. Discuss "
                    + (disputed.size() == 1 ? "it" : "them") + " before trusting the band.",
                    panel.innerWidth() - 2 * SEGMENT_PADDING, TEXT_SIZE, true).align(Label.Align.START);
            double top = panel.bottom() + 8;
            panel.add(Cells.box("band-disputed", Shape.ROUNDED, Palette.CAUTION, new Box(panel.left(), top,
                    warning.width() + 2 * SEGMENT_PADDING, warning.height() + 2 * 5), warning));
        }
    }

    /** The sentence a board member reads first. */
    static String result(QuizResult quiz) {
        if (quiz.band() == null) {
            return "Quiz not answered: nobody has answered the timeline readiness quiz yet, so the plan has no band.";
        }
        return quiz.organizationTrueCount() + " of " + quiz.items().size() + " True → " + band(quiz) + ".";
    }

    /** The band and the minimum horizon it calls for, saying when the minimum is PeerPlan's inference. */
    static String band(QuizResult quiz) {
        return "band “" + quiz.band().getName() + "”, at least " + quiz.minimumMonths() + " months of preparation"
                + (quiz.minimumInferred() ? " (PeerPlan's inference: the source gives no minimum for this band)" : "");
    }

    /** The organization's count: a diamond above the scale, pointing into its band. */
    private void marker(Panel panel, double scaleLeft, double slot) {
        double top = panel.bottom();
        Label caption = TextMetrics.label("The organization (majority answer per item)", GUTTER - 10, SMALL_SIZE,
                true).align(Label.Align.START);
        panel.add(Cells.text("band-organization-caption", caption, panel.left(), top));
        int count = quiz.organizationTrueCount();
        double center = scaleLeft + (count + 0.5) * slot;
        double markerTop = top + Math.max(0, caption.height() - MARKER);
        Node marker = new Node("band-organization", Shape.DIAMOND, Marks.ORGANIZATION).size(MARKER, MARKER)
                .moveTo(center - MARKER / 2, markerTop)
                .tooltip("The organization counts an item True when more respondents said True than False.");
        Label value = TextMetrics.label(count + " True", TEXT_SIZE, true);
        double valueX = center + MARKER / 2 + 4;
        if (valueX + value.width() > panel.right()) {
            valueX = center - MARKER / 2 - 4 - value.width();
        }
        marker.addOutside(value.moveTo(valueX, markerTop + (MARKER - value.height()) / 2));
        panel.add(marker);
        panel.skip(4);
    }

    private void segments(Panel panel, double scaleLeft, double slot) {
        double top = panel.bottom();
        double height = bands.stream().mapToDouble(b -> segmentText(b, slot).stream().mapToDouble(Label::height).sum())
                .max().orElse(0) + 2 * SEGMENT_PADDING;
        panel.add(Cells.text("band-scale-caption", TextMetrics.label("Readiness bands", GUTTER - 10, TEXT_SIZE, true)
                .align(Label.Align.START), panel.left(), top + SEGMENT_PADDING));
        for (ReadinessBandDef band : bands) {
            Box box = new Box(scaleLeft + band.getMinTrue() * slot, top, segmentWidth(band, slot), height);
            Node segment = new Node("band-" + band.getCode(), Shape.RECTANGLE,
                    band == quiz.band() ? Marks.THIS_BAND : Marks.OTHER_BAND).size(box.width(), box.height())
                    .moveTo(box.x(), box.y()).tooltip(band.getText() + " " + band.getRecommendation());
            List<Label> text = segmentText(band, slot);
            double y = box.centerY() - text.stream().mapToDouble(Label::height).sum() / 2;
            for (Label line : text) {
                segment.add(line.moveTo(box.centerX() - line.width() / 2, y));
                y += line.height();
            }
            panel.add(segment);
        }
    }

    private static double segmentWidth(ReadinessBandDef band, double slot) {
        return (band.getMaxTrue() - band.getMinTrue() + 1) * slot;
    }

    /** The band's name and its minimum horizon, in bold for the organization's band. */
    private List<Label> segmentText(ReadinessBandDef band, double slot) {
        double width = segmentWidth(band, slot) - 2 * SEGMENT_PADDING;
        boolean reached = band == quiz.band();
        return List.of(TextMetrics.label(band.getName(), width, TEXT_SIZE, reached),
                TextMetrics.label(months(band), width, SMALL_SIZE, reached));
    }

    private static String months(ReadinessBandDef band) {
        return "≥ " + band.getMinimumMonths() + " months" + (band.isMinimumStated() ? "" : " (PeerPlan's inference)");
    }

    /** The count of True answers under the middle of each slot. */
    private void ticks(Panel panel, double scaleLeft, double slot) {
        double top = panel.bottom() + 4;
        panel.add(Cells.text("band-ticks-caption", TextMetrics.label("True answers", GUTTER - 10, SMALL_SIZE, false)
                .align(Label.Align.START).color(Palette.MUTED_TEXT), panel.left(), top));
        for (int count = 0; count < slots(); count++) {
            panel.add(Cells.centered("band-tick-" + count, TextMetrics.label(Integer.toString(count), SMALL_SIZE, false)
                    .color(Palette.MUTED_TEXT), scaleLeft + (count + 0.5) * slot, top));
        }
        panel.skip(6);
    }

    /** Each respondent's own count as a bar from zero, with the organization's count carried down as a line. */
    private void respondents(Panel panel, double scaleLeft, double slot) {
        if (quiz.respondents().isEmpty()) {
            return;
        }
        double top = panel.bottom();
        panel.add(Cells.text("band-respondents-caption", TextMetrics.label("Each respondent's own count of True "
                + "answers: the wider the spread, the less the band can be trusted.", panel.innerWidth(), SMALL_SIZE,
                true).align(Label.Align.START), panel.left(), top + 4));
        double rowsTop = panel.bottom() + 4;
        for (int i = 0; i < quiz.respondents().size(); i++) {
            respondent(panel, i, scaleLeft, slot);
        }
        double rowsBottom = panel.bottom();
        for (int count = 0; count < slots(); count++) {
            double x = scaleLeft + (count + 0.5) * slot;
            Style style = count == quiz.organizationTrueCount() ? Marks.ORGANIZATION_LINE : Palette.GRID;
            panel.line(Edge.line("band-guide-" + count, style, new Point(x, rowsTop), new Point(x, rowsBottom)));
        }
    }

    private void respondent(Panel panel, int index, double scaleLeft, double slot) {
        Respondent respondent = quiz.respondents().get(index);
        int count = quiz.respondentTrue().get(index);
        Label name = TextMetrics.label(respondent.getPerson().getName(), GUTTER - 10, TEXT_SIZE, false)
                .align(Label.Align.START);
        double top = panel.bottom();
        double height = Math.max(RESPONDENT_ROW, name.height() + 8);
        double middle = top + height / 2;
        panel.add(Cells.text("band-respondent-" + index + "-name", name, panel.left(), middle - name.height() / 2));
        double center = scaleLeft + (count + 0.5) * slot;
        String tooltip = respondent.getPerson().getName() + ": " + count + " of " + quiz.items().size() + " True";
        panel.add(new Node("band-respondent-" + index + "-bar", Shape.RECTANGLE, Marks.RESPONDENT_BAR)
                .size(center - DOT / 2 - scaleLeft, BAR_HEIGHT).moveTo(scaleLeft, middle - BAR_HEIGHT / 2)
                .tooltip(tooltip));
        Node dot = new Node("band-respondent-" + index, Shape.ELLIPSE, Marks.RESPONDENT).size(DOT, DOT)
                .moveTo(center - DOT / 2, middle - DOT / 2).tooltip(tooltip);
        Label value = TextMetrics.label(Integer.toString(count), TEXT_SIZE, true);
        dot.addOutside(value.moveTo(center + DOT / 2 + 4, middle - value.height() / 2));
        panel.add(dot).reach(top + height);
    }
}
