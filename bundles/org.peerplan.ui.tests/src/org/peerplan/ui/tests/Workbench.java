package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.peerplan.ui.application.PlanPerspective;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.preferences.Preferences;
import org.peerplan.ui.handlers.PlanOpener;
import org.peerplan.ui.jface.GridRows;

/**
 * Drives the real workbench as a user would: real key presses and mouse clicks posted to the display, widgets read
 * back, screenshots taken. Every test starts from a copy of the example plan in a folder of its own.
 */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page.getPerspective() == null || !PlanPerspective.ID.equals(page.getPerspective().getId())) {
            try {
                PlatformUI.getWorkbench().showPerspective(PlanPerspective.ID, page.getWorkbenchWindow());
            } catch (org.eclipse.ui.WorkbenchException e) {
                throw new IllegalStateException(e);
            }
        }
        return page;
    }

    static Shell shell() {
        return page().getWorkbenchWindow().getShell();
    }

    static Path example() {
        return Path.of(System.getProperty("peerplan.home")).resolve("examples/riverbend.peerplan");
    }

    /** A copy of the example in {@code folder}, opened in the plan editor. */
    static PlanEditor openExample(Path folder) throws Exception {
        Path copy = folder.resolve("riverbend.peerplan");
        Files.copy(example(), copy, StandardCopyOption.REPLACE_EXISTING);
        Shell shell = shell();
        // As large as a consultant's window, but never beyond the screen: a click there would land on its edge.
        Rectangle screen = shell.getDisplay().getBounds();
        shell.setBounds(screen.x, screen.y, Math.min(1440, screen.width), Math.min(900, screen.height));
        shell.forceActive();
        PlanEditor editor = PlanOpener.open(page().getWorkbenchWindow(), copy);
        settle();
        return editor;
    }

    /** Turns {@code editor} to the page {@code id}, as a click on its tab would, and returns the page. */
    @SuppressWarnings("unchecked")
    static <P extends IFormPage> P show(PlanEditor editor, String id) {
        editor.setActivePage(id);
        settle();
        return (P) editor.getActivePageInstance();
    }

    /** Closes every editor without saving, so that the next test starts afresh. */
    static void closeAll() {
        page().closeAllEditors(false);
        settle();
    }

    static void settle() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 3; round++) {
            while (display.readAndDispatch()) {
                // Let SWT lay out, paint and run what was posted.
            }
        }
    }

    /** Lets the display work until {@code condition} holds, for at most five seconds. */
    static void await(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                screenshot("timed-out-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
                fail("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
        settle();
    }

    /** Types {@code text} into whatever has the keyboard focus, one real key press at a time. */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            key(c, 0);
        }
    }

    /** Presses and releases a key (a character or an SWT key code such as {@code SWT.CR}), and waits till it is in. */
    static void key(int key, int modifiers) {
        int before = released[0];
        if (modifiers != 0) {
            post(SWT.KeyDown, 0, modifiers);
        }
        post(SWT.KeyDown, key, 0);
        post(SWT.KeyUp, key, 0);
        if (modifiers != 0) {
            post(SWT.KeyUp, 0, modifiers);
        }
        int expected = before + (modifiers != 0 ? 2 : 1);
        awaitEvents(() -> released[0] >= expected);
    }

    /** Key and mouse releases the display has delivered so far: posted events arrive through the X server. */
    private static final int[] released = new int[2];

    static {
        Display.getDefault().addFilter(SWT.KeyUp, event -> released[0]++);
        Display.getDefault().addFilter(SWT.MouseUp, event -> released[1]++);
    }

    /** Lets the display work until the posted events have come back, for at most two seconds. */
    private static void awaitEvents(BooleanSupplier delivered) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 2000;
        while (!delivered.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> {
                });
                display.sleep();
            }
        }
        settle();
    }

    /**
     * Posts a key: printable characters as characters; Enter, Tab, Escape, Backspace and the keys without a character
     * (arrows, F2, modifiers) by key code, which is how the X server knows them.
     */
    private static void post(int type, int key, int keyCode) {
        Event event = new Event();
        event.type = type;
        if (keyCode != 0) {
            event.keyCode = keyCode;
        } else if (key < 0x20 || key == SWT.DEL || (key & SWT.KEYCODE_BIT) != 0) {
            event.keyCode = key;
        } else {
            event.character = (char) key;
        }
        assertTrue(Display.getCurrent().post(event), "the display took the key event");
    }

    /** Selects all the text of the focused field and types {@code text} over it. */
    static void retype(String text) {
        key('a', SWT.CTRL);
        type(text);
    }

    /**
     * A real click (or double click) at {@code point} of {@code control}, once the scrolled areas it sits in (an
     * editor page, a diagram) are scrolled to show that point: a click lands on whatever is on screen there. The
     * clicks come from xdotool through the X server, as a user's do: SWT's own {@code Display.post} gives GTK 3
     * button events without a position under Xvfb, so no grid cell or diagram element could be hit that way.
     */
    static void click(Control control, Point point, int count) {
        click(control, point, count, 1);
    }

    /** A real click with mouse button {@code button} (3: the context menu). */
    static void click(Control control, Point point, int count, int button) {
        reveal(control, point);
        Point screen = control.toDisplay(point);
        assertTrue(Display.getCurrent().getBounds().contains(screen)
                && (shell().getBounds().contains(screen) || Display.getCurrent().getActiveShell() != shell()),
                () -> "the point to click, " + screen + ", is on the screen " + Display.getCurrent().getBounds());
        int before = released[1];
        Process xdotool;
        try {
            xdotool = new ProcessBuilder("xdotool", "mousemove", String.valueOf(screen.x), String.valueOf(screen.y),
                    "click", "--repeat", String.valueOf(count), "--delay", "60", String.valueOf(button)).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the tests click with xdotool (apt-get install xdotool)", e);
        }
        awaitEvents(() -> !xdotool.isAlive() && (button != 1 || released[1] >= before + count));
        assertEquals(0, xdotool.exitValue(), "xdotool clicked");
        if (control.isDisposed()) {
            return; // the click closed what it clicked, e.g. a dialog's Finish
        }
        Control hit = Display.getCurrent().getCursorControl();
        assertTrue(hit == control || hit != null && isInside(hit, control) || Display.getCurrent().getActiveShell() != shell(),
                () -> "the click landed on " + hit + " at " + screen + ", not on " + control + " at "
                        + control.toDisplay(0, 0));
    }

    private static boolean isInside(Control child, Control ancestor) {
        for (Control at = child; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls every scrolled area around {@code control} so that {@code point} of it is in view. */
    private static void reveal(Control control, Point point) {
        for (Composite at = control.getParent(); at != null; at = at.getParent()) {
            if (at instanceof org.eclipse.swt.custom.ScrolledComposite scrolled && scrolled.getContent() != null) {
                Point inContent = Display.getCurrent().map(control, scrolled.getContent(), point);
                Rectangle view = scrolled.getClientArea();
                Point origin = scrolled.getOrigin();
                int x = inContent.x < origin.x || inContent.x > origin.x + view.width - 10
                        ? Math.max(0, inContent.x - 40) : origin.x;
                int y = inContent.y < origin.y || inContent.y > origin.y + view.height - 10
                        ? Math.max(0, inContent.y - 40) : origin.y;
                if (x != origin.x || y != origin.y) {
                    scrolled.setOrigin(x, y);
                    settle();
                }
            }
        }
    }

    /** Clicks the cell of {@code item} in {@code column} and presses F2, which opens its editor. */
    static void editCell(Table table, TableItem item, int column) {
        GridRows.show(table, item);
        table.showColumn(table.getColumn(column));
        await(() -> table.getClientArea().contains(item.getBounds(column).x + 2, item.getBounds(column).y + 2),
                "the cell to scroll into view");
        Rectangle cell = item.getBounds(column);
        click(table, new Point(cell.x + Math.min(12, cell.width / 2), cell.y + cell.height / 2), 1);
        key(SWT.F2, 0);
    }

    static int column(Table table, String header) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(header)) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    /** The row {@code which} picks; rows of a virtual grid are filled in first, as scrolling to them would. */
    static TableItem row(Table table, Predicate<TableItem> which) {
        for (TableItem item : table.getItems()) {
            item.getText();
            if (which.test(item)) {
                return item;
            }
        }
        throw new AssertionError("no such row");
    }

    /** The editor tab titles of the window, as a user sees them (with the * of unsaved changes). */
    static List<String> tabTitles() {
        List<String> titles = new ArrayList<>();
        collect(shell(), control -> {
            if (control instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    titles.add(item.getText());
                }
            }
        });
        return titles;
    }

    static void collect(Control control, java.util.function.Consumer<Control> visitor) {
        visitor.accept(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, visitor);
            }
        }
    }

    /** The push button of {@code shell} whose text, without mnemonics, is one of {@code texts}. */
    static Button button(Shell shell, String... texts) {
        List<String> wanted = List.of(texts);
        List<Button> found = new ArrayList<>();
        collect(shell, control -> {
            if (control instanceof Button button && wanted.contains(button.getText().replace("&", ""))) {
                found.add(button);
            }
        });
        if (found.isEmpty()) {
            throw new AssertionError("no button " + wanted + " in " + shell.getText());
        }
        return found.get(0);
    }

    /** The push button on {@code page} with the text {@code text}. */
    static Button buttonIn(IFormPage page, String text) {
        return buttonIn(page.getPartControl(), text);
    }

    /** The push button within {@code scope} (a page, a section) with the text {@code text}. */
    static Button buttonIn(Control scope, String text) {
        List<Button> found = new ArrayList<>();
        collect(scope, control -> {
            if (control instanceof Button button && button.getText().equals(text)) {
                found.add(button);
            }
        });
        if (found.isEmpty()) {
            throw new AssertionError("no button " + text + " in " + scope);
        }
        return found.get(0);
    }

    /** Clicks a button with a real mouse click. */
    static void press(Button button) {
        Rectangle bounds = button.getBounds();
        click(button, new Point(bounds.width / 2, bounds.height / 2), 1);
    }

    /** Clicks a tool bar's item, such as a progress's stop button. */
    static void press(ToolItem item) {
        Rectangle bounds = item.getBounds();
        click(item.getParent(), new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2), 1);
    }

    /** The tool bar item in {@code shell} whose tooltip is {@code tip}. */
    static ToolItem toolItem(Shell shell, String tip) {
        List<ToolItem> found = new ArrayList<>();
        collect(shell, control -> {
            if (control instanceof ToolBar bar) {
                Stream.of(bar.getItems()).filter(item -> tip.equals(item.getToolTipText())).forEach(found::add);
            }
        });
        if (found.isEmpty()) {
            throw new AssertionError("no tool '" + tip + "' in " + shell.getText());
        }
        return found.get(0);
    }

    /** The shell, other than the workbench window, that is open with {@code title}, or {@code null}. */
    static Shell dialog(String title) {
        return dialog(title, Display.getCurrent().getShells());
    }

    /** Dialogs opened over other dialogs are their shells' children, not the display's. */
    private static Shell dialog(String title, Shell[] shells) {
        for (Shell shell : shells) {
            if (shell.isVisible() && shell != shell() && title.equals(shell.getText())) {
                return shell;
            }
            Shell child = dialog(title, shell.getShells());
            if (child != null) {
                return child;
            }
        }
        return null;
    }

    /**
     * Runs {@code answer} as soon as a dialog titled {@code title} is open, from within its event loop. SWT runs no
     * timer within a timer: a dialog that the answer opens in turn cannot be answered so; open the first one with
     * {@link #openWithoutBlocking} instead.
     */
    static void whenDialog(String title, java.util.function.Consumer<Shell> answer) {
        when(() -> dialog(title) != null, () -> {
            Shell dialog = dialog(title);
            bringUp(dialog);
            answer.accept(dialog);
        });
    }

    /**
     * Does {@code then} as soon as {@code ready} holds, for at most a minute, while the test goes on; e.g. to stop
     * work under way. The same caution as {@link #whenDialog} applies.
     */
    static void when(BooleanSupplier ready, Runnable then) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        long end = System.currentTimeMillis() + 60000;
        poll[0] = () -> {
            if (ready.getAsBoolean()) {
                then.run();
            } else if (System.currentTimeMillis() < end) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /**
     * Gives a dialog the keyboard as a user's pointer over it would: without a window manager the X server sends
     * keys to the window under the pointer.
     */
    private static void bringUp(Shell dialog) {
        Rectangle bounds = dialog.getBounds();
        try {
            new ProcessBuilder("xdotool", "mousemove", String.valueOf(bounds.x + bounds.width / 2),
                    String.valueOf(bounds.y + 10)).start().waitFor();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the tests move the pointer with xdotool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dialog.forceActive();
        settle();
    }

    /** Runs {@code body} with the board pack wizard preset to write {@code formats} into {@code out}. */
    static void withOutput(Path out, String formats, Body body) throws Exception {
        Preferences.store().setValue(Preferences.OUTPUT_FOLDER, out.toString());
        Preferences.store().setValue(Preferences.FORMATS, formats);
        try {
            body.run();
        } finally {
            Preferences.store().setToDefault(Preferences.OUTPUT_FOLDER);
            Preferences.store().setToDefault(Preferences.FORMATS);
        }
    }

    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    /** Opens a dialog and returns at once, so that the test goes on driving it. */
    static <D extends org.eclipse.jface.window.Window> D openWithoutBlocking(D dialog) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        bringUp(dialog.getShell());
        return dialog;
    }

    /** The share of a control's visible pixels that are not white. */
    static double inkShare(Control control) {
        Rectangle visible = control.getBounds();
        Image image = new Image(control.getDisplay(), Math.max(1, visible.width), Math.max(1, visible.height));
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            long ink = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    ink += rgb.red + rgb.green + rgb.blue < 3 * 240 ? 1 : 0;
                }
            }
            return (double) ink / ((long) data.width * data.height);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Saves what the screen shows (the window and any dialog over it) to {@code target/screenshots/NAME.png}. */
    static void screenshot(String name) {
        Display display = Display.getCurrent();
        settle();
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path file = Path.of("target/screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
