package org.peerplan.ui.diagram;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.render.DiagramPainter;

/**
 * A diagram on screen: drawn by the diagram bundle's painter on an SWT canvas, in a scrolled area, either at its own
 * size or shrunk to the width available (beside a grid on an editor page). A click names the plan element under the
 * pointer to whoever listens.
 */
public final class DiagramCanvas {

    private final ScrolledComposite scroller;

    private final Canvas canvas;

    private final DiagramFonts fonts;

    private final boolean fitWidth;

    private Diagram diagram;

    private float zoom = 1;

    private Consumer<String> onClick = ref -> {
    };

    /** @param fitWidth shrink the diagram to the width of the area rather than scroll sideways */
    public DiagramCanvas(Composite parent, boolean fitWidth) {
        this.fitWidth = fitWidth;
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        fonts = new DiagramFonts(parent.getDisplay());
        canvas.addPaintListener(event -> {
            if (diagram != null) {
                DiagramPainter.paint(diagram, new SwtCanvas(event.gc, fonts, zoom));
            }
        });
        canvas.addListener(SWT.MouseDown, event -> {
            String ref = diagram == null ? null : diagram.refAt(event.x / zoom, event.y / zoom);
            if (ref != null) {
                onClick.accept(ref);
            }
        });
        scroller.setContent(canvas);
        scroller.addListener(SWT.Resize, event -> resize());
        canvas.addDisposeListener(event -> fonts.dispose());
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

    /** Shows {@code newDiagram} (or nothing), scrolled back to its top left corner. */
    public void show(Diagram newDiagram) {
        boolean other = diagram == null || newDiagram == null || !diagram.name().equals(newDiagram.name());
        diagram = newDiagram;
        resize();
        if (other) {
            scroller.setOrigin(0, 0);
        }
        canvas.redraw();
    }

    private void resize() {
        if (diagram == null) {
            canvas.setSize(0, 0);
            return;
        }
        Rectangle area = scroller.getClientArea();
        zoom = fitWidth && area.width > 0 ? (float) Math.min(1, area.width / diagram.width()) : 1;
        canvas.setSize((int) Math.ceil(diagram.width() * zoom), (int) Math.ceil(diagram.height() * zoom));
    }
}
