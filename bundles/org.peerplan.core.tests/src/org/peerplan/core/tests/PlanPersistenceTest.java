package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerplan.core.persistence.AtomicFileWriter;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.model.ImplementationPlan;

/** Saving and loading keep every feature and identifier, and a failed save never damages the file it replaces. */
class PlanPersistenceTest {

    @TempDir
    Path folder;

    @Test
    void roundTripPreservesEveryFeatureOfTheExample() throws IOException {
        ImplementationPlan original = new PlanStore().load(Plans.example());
        Path copy = folder.resolve("copy.peerplan");
        new PlanStore().save(original, copy);
        ImplementationPlan reloaded = new PlanStore().load(copy);

        assertTrue(new EcoreUtil.EqualityHelper().equals(original, reloaded),
                "the reloaded plan differs from the one saved");
        assertEquals(ids(original), ids(reloaded), "identifiers changed in the round trip");
        assertTrue(original.eAllContents().hasNext() && ids(original).size() > 300,
                "the example is a full plan, not a toy: " + ids(original).size() + " objects");
    }

    @Test
    void savingTwiceWritesTheSameBytes() throws IOException {
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        Path first = folder.resolve("first.peerplan");
        Path second = folder.resolve("second.peerplan");
        new PlanStore().save(plan, first);
        new PlanStore().save(new PlanStore().load(first), second);
        assertEquals(-1, Files.mismatch(first, second), "a load and save of a saved plan changed it");
    }

    @Test
    void saveKeepsThePreviousVersionAsBackup() throws IOException {
        Path file = folder.resolve("plan.peerplan");
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        new PlanStore().save(plan, file);
        byte[] before = Files.readAllBytes(file);
        plan.getAgency().setName("Renamed Agency");
        new PlanStore().save(plan, file);

        assertArrayEquals(before, Files.readAllBytes(AtomicFileWriter.backupOf(file)), "the backup is the old file");
        assertEquals("Renamed Agency", new PlanStore().load(file).getAgency().getName());
        assertEquals(List.of("plan.peerplan", "plan.peerplan.bak"), listing(), "no temporary file is left behind");
    }

    @ParameterizedTest
    @EnumSource(AtomicFileWriter.Step.class)
    void aFailureAtAnyStepOfASaveLeavesTheOriginalLoadable(AtomicFileWriter.Step failingStep) throws IOException {
        Path file = folder.resolve("plan.peerplan");
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        new PlanStore().save(plan, file);
        byte[] before = Files.readAllBytes(file);
        plan.getAgency().setName("Half-saved Agency");

        PlanStore failing = new PlanStore(new AtomicFileWriter(step -> {
            if (step == failingStep) {
                throw new IOException("disk full at " + step);
            }
        }));
        assertThrows(IOException.class, () -> failing.save(plan, file));

        ImplementationPlan after = new PlanStore().load(file);
        boolean replaced = failingStep == AtomicFileWriter.Step.FORCE_FOLDER;
        assertEquals(replaced ? "Half-saved Agency" : new PlanStore().load(Plans.example()).getAgency().getName(),
                after.getAgency().getName(), "the file holds one whole version");
        if (!replaced) {
            assertArrayEquals(before, Files.readAllBytes(file), "the original is untouched");
        }
        assertFalse(listing().stream().anyMatch(name -> name.endsWith(".tmp")), "temporary files were removed");
    }

    @Test
    void saveKeepsTheFilesPermissionsAndTheBackupsToo() throws IOException {
        Path file = folder.resolve("plan.peerplan");
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        new PlanStore().save(plan, file);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, shared);
        plan.getAgency().setName("Renamed Agency");
        new PlanStore().save(plan, file);
        assertEquals(shared, Files.getPosixFilePermissions(file), "the plan keeps its mode");
        assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(AtomicFileWriter.backupOf(file)), "its backup is its owner's alone");

        Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--r--r--");
        Files.setPosixFilePermissions(file, readOnly);
        new PlanStore().save(plan, file);
        assertEquals(readOnly, Files.getPosixFilePermissions(file), "a read-only plan saved by its owner stays so");
        assertEquals(PosixFilePermissions.fromString("r--------"),
                Files.getPosixFilePermissions(AtomicFileWriter.backupOf(file)), "and its backup too, for its owner");
    }

    /** A plan holds personal data: a new one is readable by its owner only, whatever the folder's usual mode. */
    @Test
    void aNewPlanIsItsOwnersAlone() throws IOException {
        Path file = folder.resolve("plan.peerplan");
        new PlanStore().save(new PlanStore().load(Plans.example()), file);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    @Test
    void theNextSaveRemovesWhatAKilledSaveLeftBehindAndOnlyThat() throws IOException {
        Path file = folder.resolve("plan.peerplan");
        ImplementationPlan plan = new PlanStore().load(Plans.example());
        new PlanStore().save(plan, file);
        List<String> leftOvers = List.of(".plan.peerplan.8121.tmp", ".plan.peerplan.bak.77.tmp", ".plan.peerplan123.tmp");
        for (String name : leftOvers) {
            Files.writeString(folder.resolve(name), "<half a plan");
        }
        List<String> others = List.of(".plan.peerplan-copy.peerplan.5.tmp", "plan.peerplan.notes.tmp", ".plan.peerplan.tmp");
        for (String name : others) {
            Files.writeString(folder.resolve(name), "someone else's");
        }
        new PlanStore().save(plan, file);
        List<String> expected = new ArrayList<>(others);
        expected.addAll(List.of("plan.peerplan", "plan.peerplan.bak"));
        assertEquals(expected.stream().sorted().toList(), listing());
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> ids(ImplementationPlan plan) {
        XMLResource resource = (XMLResource) plan.eResource();
        List<String> ids = new ArrayList<>();
        ids.add(resource.getID(plan));
        for (var iterator = plan.eAllContents(); iterator.hasNext();) {
            EObject object = iterator.next();
            ids.add(resource.getID(object));
        }
        return ids;
    }
}
