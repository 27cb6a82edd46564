package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.AtomicFileWriter;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.LargePlanGenerator;
import org.peerplan.model.ImplementationPlan;

/**
 * Kills a process that is saving a plan of 5,000 tasks, at a random moment, again and again ({@code -Dpeerplan.kills},
 * 100 unless told), and after each kill checks what a user would find: the plan is one whole version, old or new, with
 * the mode it had; the backup too; nothing beside it ends in {@code .peerplan}; and the next save clears what the
 * killed one left.
 */
class InterruptedSaveHarness {

    private static final Set<PosixFilePermission> MODE = PosixFilePermissions.fromString("rw-r-----");

    @TempDir
    Path folder;

    @Test
    void aKilledSaveLeavesOneWholeVersion() throws Exception {
        ImplementationPlan plan = new LargePlanGenerator(ToolkitCatalog.in(PlanStore.newResourceSet())).generate(5000, 7);
        Path file = folder.resolve("plan.peerplan");
        Path[] versions = { folder.resolve("versions/a.xml"), folder.resolve("versions/b.xml") };
        Files.createDirectories(versions[0].getParent());
        new PlanStore().save(plan, versions[0]);
        plan.getAgency().setName("Renamed while saving");
        new PlanStore().save(plan, versions[1]);
        byte[][] contents = { Files.readAllBytes(versions[0]), Files.readAllBytes(versions[1]) };
        Files.copy(versions[0], file);
        Files.setPosixFilePermissions(file, MODE);

        int kills = Integer.getInteger("peerplan.kills", 100);
        Random random = new Random(kills);
        int[] found = new int[2];
        for (int kill = 0; kill < kills; kill++) {
            Process child = new ProcessBuilder(java(), "-cp", classPath(), SavingChild.class.getName(),
                    file.toString(), versions[0].toString(), versions[1].toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("saving", out.readLine(), "the child started saving");
                Thread.sleep(random.nextInt(60));
                child.destroyForcibly().waitFor();
            }
            found[version(file, contents)]++;
            version(AtomicFileWriter.backupOf(file), contents);
            assertEquals(MODE, Files.getPosixFilePermissions(file), "the plan keeps its mode");
            try (Stream<Path> files = Files.list(folder)) {
                List<String> plans = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".peerplan"))
                        .toList();
                assertEquals(List.of("plan.peerplan"), plans, "nothing else could be taken for a plan");
            }
        }
        new PlanStore().save(new PlanStore().load(file), file);
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")),
                    "the next save removed what the killed ones left");
        }
        System.out.printf("[interrupted saves] %d kills: the old version found %d times, the new one %d times%n",
                kills, found[0], found[1]);
        assertTrue(found[0] > 0 && found[1] > 0, "kills fell while either version was being written");
    }

    /** Which of the versions {@code file} holds, byte for byte; fails if it holds neither. */
    private static int version(Path file, byte[][] contents) throws IOException {
        byte[] held = Files.readAllBytes(file);
        for (int version = 0; version < contents.length; version++) {
            if (Arrays.equals(held, contents[version])) {
                return version;
            }
        }
        throw new AssertionError(file.getFileName() + " holds neither version (" + held.length + " bytes)");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The writer's bundle and this fragment's classes, as plain folders or jars: the child needs no OSGi. */
    private static String classPath() throws URISyntaxException {
        return location(AtomicFileWriter.class) + java.io.File.pathSeparator + location(SavingChild.class);
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
