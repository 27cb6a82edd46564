package org.peerplan.ui.diagram;

import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Point;
import org.peerplan.diagram.render.DiagramPainter;

/**
 * A diagram on screen: drawn by the diagram bundle's painter on an SWT canvas, in a scrolled area. It is shown at a
 * zoom the user sets (Ctrl and the wheel, Ctrl+= and Ctrl+-), at its own size, fitted to the area, or as wide as
 * the area (the start beside a grid on an editor page, and in the Diagrams view). The plan elements chosen elsewhere are outlined; the element under
 * the pointer says what it is; a click names the plan element it lands on to whoever listens.
 */
public final class DiagramCanvas {

    /** How the zoom follows the area. */
    public enum Sizing {
        /** The zoom stays where the user put it. */
        FREE,
        /** The whole diagram fits the area, until the user zooms. */
        FIT,
        /** The diagram is as wide as the area, at most its own size, until the user zooms. */
        FIT_WIDTH
    }

    private static final float STEP = 1.25f;

    private static final float SMALLEST = 0.1f;

    private static final float LARGEST = 4f;

    /** The Okabe–Ito blue the diagrams use for emphasis; an outline of three pixels, so it reads in grey too. */
    private static final Color HIGHLIGHT = new Color(0x00, 0x72, 0xB2);

    private final ScrolledComposite scroller;

    private final Canvas canvas;

    private final DiagramFonts fonts;

    private Sizing sizing;

    private Diagram diagram;

    private float zoom = 1;

    private Set<String> highlighted = Set.of();

    private Consumer<String> onClick = ref -> {
    };

    private Runnable onZoom = () -> {
    };

    public DiagramCanvas(Composite parent, Sizing sizing) {
        this.sizing = sizing;
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        fonts = new DiagramFonts(parent.getDisplay());
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.MouseDown, event -> {
            String ref = refAt(event.x, event.y);
            if (ref != null && event.button == 1) {
                onClick.accept(ref);
            }
        });
        canvas.addListener(SWT.MouseHover, event -> canvas.setToolTipText(tooltipAt(event.x, event.y)));
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        scroller.setContent(canvas);
        scroller.addListener(SWT.Resize, event -> resize());
        canvas.addDisposeListener(event -> fonts.dispose());
    }

    private void paint(GC gc) {
        if (diagram == null) {
            return;
        }
        DiagramPainter.paint(diagram, new SwtCanvas(gc, fonts, zoom));
        if (highlighted.isEmpty()) {
            return;
        }
        gc.setForeground(HIGHLIGHT);
        gc.setLineWidth(3);
        diagram.allNodes().filter(node -> node.ref() != null && highlighted.contains(node.ref())).forEach(node -> {
            Box box = node.box();
            gc.drawRectangle(Math.round((float) box.x() * zoom) - 3, Math.round((float) box.y() * zoom) - 3,
                    Math.round((float) box.width() * zoom) + 6, Math.round((float) box.height() * zoom) + 6);
        });
    }

    private String refAt(int x, int y) {
        return diagram == null ? null : diagram.refAt(x / zoom, y / zoom);
    }

    /** The words of the element under the pointer: its own tooltip, or what its labels say. */
    private String tooltipAt(int x, int y) {
        if (diagram == null) {
            return null;
        }
        double dx = x / zoom;
        double dy = y / zoom;
        Point at = new Point(dx, dy);
        return diagram.allNodes().filter(node -> node.ref() != null && node.box().contains(at))
                .reduce((outer, inner) -> inner).map(DiagramCanvas::words).orElse(null);
    }

    private static String words(Node node) {
        if (node.tooltip() != null) {
            return node.tooltip();
        }
        StringBuilder text = new StringBuilder();
        node.labels().forEach(label -> text.append(text.length() == 0 ? "" : "\n").append(label.text()));
        return text.length() == 0 ? null : text.toString();
    }

    private void wheel(Event event) {
        if ((event.stateMask & SWT.MOD1) != 0) {
            zoomBy(event.count > 0 ? STEP : 1 / STEP);
            event.doit = false;
        }
    }

    private void key(Event event) {
        if ((event.stateMask & SWT.MOD1) == 0) {
            return;
        }
        if (event.character == '=' || event.character == '+' || event.keyCode == SWT.KEYPAD_ADD) {
            zoomBy(STEP);
        } else if (event.character == '-' || event.keyCode == SWT.KEYPAD_SUBTRACT) {
            zoomBy(1 / STEP);
        } else if (event.character == '0') {
            actualSize();
        }
    }

    /** The outermost control, for layouts. */
    public Control control() {
        return scroller;
    }

    /** The drawing surface itself. */
    public Canvas canvas() {
        return canvas;
    }

    public Diagram diagram() {
        return diagram;
    }

    /** The scale the diagram is drawn at: 1 is its own size. */
    public float zoom() {
        return zoom;
    }

    /** Calls {@code listener} with the reference of the plan element a click lands on. */
    public void onClick(Consumer<String> listener) {
        onClick = listener;
    }

    /** Calls {@code listener} after every change of zoom. */
    public void onZoom(Runnable listener) {
        onZoom = listener;
    }

    /** Shows {@code newDiagram} (or nothing); another diagram than before is shown from its top left corner. */
    public void show(Diagram newDiagram) {
        boolean other = diagram == null || newDiagram == null || !diagram.name().equals(newDiagram.name());
        diagram = newDiagram;
        resize();
        if (other) {
            scroller.setOrigin(0, 0);
        }
        canvas.redraw();
    }

    /** The plan elements outlined now. */
    public Set<String> highlighted() {
        return highlighted;
    }

    /** Outlines the elements that show the plan elements {@code refs} and brings the first into view. */
    public void highlight(Set<String> refs) {
        if (Objects.equals(refs, highlighted)) {
            return;
        }
        highlighted = Set.copyOf(refs);
        canvas.redraw();
        if (diagram == null) {
            return;
        }
        diagram.allNodes().filter(node -> node.ref() != null && refs.contains(node.ref())).findFirst()
                .ifPresent(this::reveal);
    }

    private void reveal(Node node) {
        Rectangle view = scroller.getClientArea();
        int x = Math.round((float) node.box().x() * zoom);
        int y = Math.round((float) node.box().y() * zoom);
        org.eclipse.swt.graphics.Point origin = scroller.getOrigin();
        boolean seen = x >= origin.x && y >= origin.y && x < origin.x + view.width && y < origin.y + view.height;
        if (!seen) {
            scroller.setOrigin(Math.max(0, x - view.width / 3), Math.max(0, y - view.height / 3));
        }
    }

    /** Zooms by {@code factor}, keeping the user's zoom from then on. */
    public void zoomBy(float factor) {
        setZoom(zoom * factor);
    }

    /** Shows the diagram at its own size. */
    public void actualSize() {
        setZoom(1);
    }

    /** Shrinks or grows the diagram to fit the area whole, and keeps fitting it as the area changes. */
    public void fit() {
        sizing = Sizing.FIT;
        resize();
        canvas.redraw();
        onZoom.run();
    }

    private void setZoom(float newZoom) {
        sizing = Sizing.FREE;
        zoom = Math.max(SMALLEST, Math.min(LARGEST, newZoom));
        layoutCanvas();
        canvas.redraw();
        onZoom.run();
    }

    private void resize() {
        if (diagram == null) {
            canvas.setSize(0, 0);
            return;
        }
        Rectangle area = scroller.getClientArea();
        if (area.width > 0 && area.height > 0) {
            double across = area.width / diagram.width();
            double down = area.height / diagram.height();
            zoom = switch (sizing) {
                case FIT -> (float) Math.min(across, down);
                case FIT_WIDTH -> (float) Math.min(1, across);
                case FREE -> zoom;
            };
        }
        layoutCanvas();
    }

    private void layoutCanvas() {
        if (diagram != null) {
            canvas.setSize((int) Math.ceil(diagram.width() * zoom), (int) Math.ceil(diagram.height() * zoom));
        }
    }
}
