package org.peerplan.diagram.internal.readiness;

import java.util.List;

import org.peerplan.core.readiness.QuizItemResult;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.Respondent;

/**
 * The quiz item by item: one row per item with its statement, one column per respondent with the answer as a letter
 * in a coloured box, then the organization's answer and how many respondents agree. A disputed item's row is marked.
 */
final class QuizMatrix {

    private static final double CODE_WIDTH = 46;
    private static final double MIN_STATEMENT = 380;
    private static final double MAX_STATEMENT = 540;
    private static final double RESPONDENT_WIDTH = 86;
    private static final double ORGANIZATION_WIDTH = 96;
    private static final double AGREEMENT_WIDTH = 190;
    private static final double GAP = 12;
    private static final double CELL_WIDTH = 26;
    private static final double CELL_HEIGHT = 22;
    private static final double ROW_PADDING = 7;
    private static final double TEXT_SIZE = 10;
    private static final double HEADER_SIZE = TextMetrics.SMALLEST;

    private final QuizResult quiz;

    QuizMatrix(QuizResult quiz) {
        this.quiz = quiz;
    }

    /** The narrowest panel that holds the statements at their shortest wrapping width. */
    double naturalWidth() {
        return 2 * Panel.PADDING + CODE_WIDTH + MIN_STATEMENT + fixedColumns();
    }

    private double fixedColumns() {
        return GAP + quiz.respondents().size() * RESPONDENT_WIDTH + ORGANIZATION_WIDTH + GAP + AGREEMENT_WIDTH;
    }

    Panel draw(double width) {
        Panel panel = new Panel("panel-quiz", "The quiz, item by item", width);
        double statement = Math.min(MAX_STATEMENT, panel.innerWidth() - CODE_WIDTH - fixedColumns());
        Columns columns = new Columns(panel.left(), statement, quiz.respondents().size());
        header(panel, columns);
        for (int i = 0; i < quiz.items().size(); i++) {
            row(panel, columns, quiz.items().get(i), i);
        }
        return panel;
    }

    /** The left edges of the matrix's columns. */
    private record Columns(double code, double statement, double statementWidth, double firstRespondent,
            double organization, double agreement) {

        Columns(double left, double statementWidth, int respondents) {
            this(left, left + CODE_WIDTH, statementWidth, left + CODE_WIDTH + statementWidth + GAP,
                    left + CODE_WIDTH + statementWidth + GAP + respondents * RESPONDENT_WIDTH,
                    left + CODE_WIDTH + statementWidth + GAP + respondents * RESPONDENT_WIDTH + ORGANIZATION_WIDTH
                            + GAP);
        }

        double respondentCenter(int index) {
            return firstRespondent + (index + 0.5) * RESPONDENT_WIDTH;
        }

        double organizationCenter() {
            return organization + ORGANIZATION_WIDTH / 2;
        }
    }

    /** Column headings, aligned on their last line so that short and long names share a baseline. */
    private void header(Panel panel, Columns columns) {
        double top = panel.bottom();
        List<Label> names = quiz.respondents().stream()
                .map(r -> ColumnName.of(r.getPerson().getName(), RESPONDENT_WIDTH - 8, HEADER_SIZE)).toList();
        Label organization = heading("Organization", ORGANIZATION_WIDTH);
        Label agreement = heading("Agreement", AGREEMENT_WIDTH).align(Label.Align.START);
        Label item = heading("Item", CODE_WIDTH + columns.statementWidth()).align(Label.Align.START);
        double bottom = top + names.stream().mapToDouble(Label::height).max().orElse(0);
        bottom = Math.max(bottom, top + organization.height());
        panel.add(Cells.text("quiz-heading-item", item, columns.code(), bottom - item.height()));
        for (int i = 0; i < names.size(); i++) {
            Respondent respondent = quiz.respondents().get(i);
            Node heading = Cells.centered("quiz-respondent-" + i, names.get(i), columns.respondentCenter(i),
                    bottom - names.get(i).height());
            panel.add(heading.ref(DiagramInput.ref(respondent)).tooltip(respondent.getPerson().getName()
                    + (respondent.getAnsweredOn() == null ? "" : ", answered on " + respondent.getAnsweredOn())));
        }
        panel.add(Cells.centered("quiz-heading-organization", organization, columns.organizationCenter(),
                bottom - organization.height()));
        panel.add(Cells.text("quiz-heading-agreement", agreement, columns.agreement(), bottom - agreement.height()));
        panel.skip(6);
    }

    private static Label heading(String text, double columnWidth) {
        return TextMetrics.label(text, columnWidth - 8, HEADER_SIZE, true);
    }

    private void row(Panel panel, Columns columns, QuizItemResult item, int index) {
        String id = "quiz-" + item.item().getCode();
        Label code = TextMetrics.label(item.item().getCode(), CODE_WIDTH - 6, TEXT_SIZE, true)
                .align(Label.Align.START);
        Label statement = TextMetrics.label(item.item().getText(), columns.statementWidth(), TEXT_SIZE, false)
                .align(Label.Align.START);
        Label agreement = TextMetrics.label(agreement(item), AGREEMENT_WIDTH, TEXT_SIZE - 0.5, item.disputed())
                .align(Label.Align.START);
        double height = Math.max(CELL_HEIGHT, Math.max(statement.height(), agreement.height())) + 2 * ROW_PADDING;
        double top = panel.bottom();
        double middle = top + height / 2;
        Style style = item.disputed() ? Palette.CAUTION : index % 2 == 0 ? Marks.STRIPE : Marks.PLAIN_ROW;
        Node row = new Node(id, Shape.RECTANGLE, style).size(panel.innerWidth(), height).moveTo(panel.left(), top)
                .tooltip(item.item().getName());
        row.add(Cells.text(id + "-code", code, columns.code() + 4, middle - statement.height() / 2));
        row.add(Cells.text(id + "-statement", statement, columns.statement(), middle - statement.height() / 2));
        for (int i = 0; i < quiz.respondents().size(); i++) {
            row.add(answer(id + "-answer-" + i, quiz.respondents().get(i), item, columns.respondentCenter(i), middle));
        }
        String organization = item.unanswered() ? "–" : item.organizationTrue() ? "True" : "Not true";
        Style organizationStyle = item.unanswered() ? Marks.OPEN : item.organizationTrue() ? Marks.YES : Marks.NO;
        row.add(Cells.box(id + "-organization", Shape.RECTANGLE, organizationStyle,
                new Box(columns.organizationCenter() - (ORGANIZATION_WIDTH - 16) / 2, middle - CELL_HEIGHT / 2,
                        ORGANIZATION_WIDTH - 16, CELL_HEIGHT),
                TextMetrics.label(organization, TEXT_SIZE, true)));
        row.add(Cells.text(id + "-agreement", agreement, columns.agreement(), middle - agreement.height() / 2));
        panel.add(row);
    }

    /** How many of those who answered gave the common answer, and whether the item is disputed. */
    private static String agreement(QuizItemResult item) {
        if (item.unanswered()) {
            return "no answers";
        }
        int answered = item.trueCount() + item.falseCount();
        String text = Math.max(item.trueCount(), item.falseCount()) + " of " + answered + " agree"
                + (item.unansweredCount() == 0 ? "" : ", " + item.unansweredCount() + " no answer");
        return item.disputed() ? "⚠ " + text + ": disputed, discuss before trusting the band" : text;
    }

    /** One respondent's answer as T, F or a dash, linked to the answer in the plan when there is one. */
    private static Node answer(String id, Respondent respondent, QuizItemResult item, double center, double middle) {
        QuizAnswer answer = respondent.getAnswers().stream().filter(a -> a.getItem() == item.item()).findFirst()
                .orElse(null);
        QuizAnswerValue value = answer == null ? QuizAnswerValue.UNANSWERED : answer.getValue();
        String letter = switch (value) {
            case TRUE -> "T";
            case FALSE -> "F";
            case UNANSWERED -> "–";
        };
        Style style = switch (value) {
            case TRUE -> Marks.YES;
            case FALSE -> Marks.NO;
            case UNANSWERED -> Marks.OPEN;
        };
        Node cell = Cells.box(id, Shape.RECTANGLE, style,
                new Box(center - CELL_WIDTH / 2, middle - CELL_HEIGHT / 2, CELL_WIDTH, CELL_HEIGHT),
                TextMetrics.label(letter, TEXT_SIZE, true));
        String said = respondent.getPerson().getName() + ": " + (value == QuizAnswerValue.UNANSWERED ? "no answer"
                : value == QuizAnswerValue.TRUE ? "True" : "False");
        if (answer == null) {
            return cell.tooltip(said);
        }
        String comment = answer.getComment() == null || answer.getComment().isBlank() ? "" : " — " + answer.getComment();
        return cell.ref(DiagramInput.ref(answer)).tooltip(said + comment);
    }
}
