package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.core.persistence.PlanLoadException;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.schedule.DependencyCycleException;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.model.ImplementationPlan;

/**
 * Mutates the example and the malformed inputs of {@code data/malformed} the way a hand, a tool or a disk might
 * (hostile values in attributes, lines dropped, repeated or swapped, markup and bytes inserted, files cut short) and
 * feeds each result to the loader and, when it loads, to the scheduler and all the rules. Nothing may escape but a
 * {@link PlanLoadException} whose message is one sentence, or the scheduler's refusal of a cycle, and no input may take
 * over ten seconds. {@code -Dpeerplan.fuzz=N} sets the number of inputs (2,000 unless told; a long run takes 100,000
 * or more); an input that fails is written to {@code target/fuzz-failures}, to be kept in {@code data/fuzz-found} once mended.
 */
class LoaderFuzzHarness {

    private static final List<String> HOSTILE = List.of("", "-1", "-0.5", "1e400", "NaN", "Infinity", "\u0663",
            "\uFF11", "99999999999", "0099-01-01", "+99999-01-01", "2027-02-30", "true", "maybe", "p1", "#", "&amp;",
            "&#1;", "<", "\"", "\u202Eevil", "\u0085", "\uFFFF", "x".repeat(400), "platform:/plugin/x#y",
            "file:///etc/passwd", "person-nobody", "task-s1-t1", "MAYBE");

    private static final List<String> FRAGMENTS = List.of("<", ">", "&", "&#0;", "<x/>", "</tasks>", "<tasks>",
            "]]>", "<![CDATA[", "<!--", "<?pi?>", "<!DOCTYPE x>", "\u202E", "<agency xsi:type=\"peerplan:Task\"/>",
            "<tasks xmi:id=\"task-s1-t1\"/>", "<dependencies>task-s1-t1</dependencies>");

    private static final Pattern ATTRIBUTE = Pattern.compile("=\"[^\"]*\"");

    private static final LocalDate AS_OF = LocalDate.of(2027, 4, 30);

    private static final Path FOUND = Path.of("data/fuzz-found");

    @TempDir
    Path folder;

    @Test
    void noInputEscapesTheLoaderOrTheRules() throws IOException {
        List<byte[]> seeds = seeds();
        int inputs = Integer.getInteger("peerplan.fuzz", 2000);
        Random random = new Random(inputs);
        int loaded = 0;
        long slowest = 0;
        long start = System.nanoTime();
        for (int input = 0; input < inputs; input++) {
            // The example more often than not, so that many inputs still load and reach the rules.
            byte[] seed = random.nextBoolean() ? seeds.get(0) : seeds.get(random.nextInt(seeds.size()));
            byte[] content = mutate(seed, random);
            long t0 = System.nanoTime();
            loaded += read(content, "input-" + input) ? 1 : 0;
            slowest = Math.max(slowest, System.nanoTime() - t0);
        }
        System.out.printf("[fuzz] %,d inputs in %.1f s: %,d read and checked, %,d refused in one sentence; slowest "
                + "%d ms%n", inputs, (System.nanoTime() - start) / 1e9, loaded, inputs - loaded, slowest / 1_000_000);
        assertTrue(loaded > 0 && loaded < inputs, "the mutations reach both the rules and the refusals");
    }

    /** The inputs earlier runs found, kept in {@code data/fuzz-found}, each still read or refused as it should be. */
    @Test
    void everyInputFoundBeforeIsReadOrRefusedInOneSentence() throws IOException {
        try (Stream<Path> found = Files.list(FOUND)) {
            for (Path input : found.sorted().toList()) {
                read(Files.readAllBytes(input), input.getFileName().toString());
            }
        }
    }

    /** Whether the input was read and checked; fails, keeping the input, if anything else happened. */
    private boolean read(byte[] content, String name) throws IOException {
        Path file = folder.resolve("fuzzed.peerplan");
        Files.write(file, content);
        long start = System.nanoTime();
        try {
            ImplementationPlan plan = new PlanStore().load(file);
            new Scheduler().schedule(plan.getTimeline());
            new PlanChecker(RuleRegistry.all(), AS_OF).check(plan);
            return true;
        } catch (PlanLoadException refused) {
            String message = refused.getMessage();
            // A doubled full stop is a fault of the sentence's making, unless it is inside a value quoted from the file.
            String ownWords = message.replaceAll("'[^']*'", "''");
            if (!message.startsWith(file.toString()) || !message.endsWith(".") || message.contains("\n")
                    || message.contains("Exception") || ownWords.contains("..") || message.contains("line -1")) {
                keep(content, name, "not one sentence: " + message);
            }
            return false;
        } catch (DependencyCycleException cycle) {
            return true;
        } catch (RuntimeException | StackOverflowError escaped) {
            keep(content, name, escaped.toString());
            return false;
        } finally {
            long took = System.nanoTime() - start;
            if (took > 10_000_000_000L) {
                keep(content, name, "took " + took / 1_000_000 + " ms");
            }
        }
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Files.readAllBytes(Plans.example()));
        for (Path folder : List.of(Path.of("data/malformed"), FOUND)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".peerplan")).sorted().toList()) {
                    seeds.add(Files.readAllBytes(file));
                }
            }
        }
        return seeds;
    }

    /**
     * One or two mutations, each of a kind that a person, a tool or a failing disk could make; values are replaced
     * most often, since a file that stays well-formed goes furthest into the loader and the rules.
     */
    static byte[] mutate(byte[] seed, Random random) {
        String text = new String(seed, StandardCharsets.UTF_8);
        for (int count = 1 + random.nextInt(2); count > 0; count--) {
            text = switch (random.nextInt(10)) {
                case 0, 1, 2, 3, 4 -> replaceValue(text, random);
                case 5 -> editLines(text, random);
                case 6 -> insert(text, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())), random);
                case 7 -> text.isEmpty() ? text : text.substring(0, random.nextInt(text.length()));
                case 8 -> insert(text, HOSTILE.get(random.nextInt(HOSTILE.size())), random);
                default -> text;
            };
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static String replaceValue(String text, Random random) {
        Matcher values = ATTRIBUTE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (values.find()) {
            spans.add(new int[] { values.start(), values.end() });
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String value = HOSTILE.get(random.nextInt(HOSTILE.size())).replace("\"", "&quot;");
        return text.substring(0, span[0]) + "=\"" + value + "\"" + text.substring(span[1]);
    }

    private static String editLines(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (lines.size() < 2) {
            return text;
        }
        int at = random.nextInt(lines.size());
        int other = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
            case 0 -> lines.subList(at, Math.min(lines.size(), at + 1 + random.nextInt(5))).clear();
            case 1 -> lines.add(other, lines.get(at));
            default -> lines.set(at, lines.set(other, lines.get(at)));
        }
        return String.join("\n", lines);
    }

    private static String insert(String text, String fragment, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        return text.substring(0, at) + fragment + text.substring(at);
    }

    private static void keep(byte[] content, String name, String what) throws IOException {
        Path failures = Files.createDirectories(Path.of("target/fuzz-failures"));
        Path kept = failures.resolve(name.endsWith(".peerplan") ? name : name + ".peerplan");
        Files.write(kept, content);
        fail(name + " (kept as " + kept + "): " + what);
    }
}
