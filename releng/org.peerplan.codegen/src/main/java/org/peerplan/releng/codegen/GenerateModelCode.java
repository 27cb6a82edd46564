package org.peerplan.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's generator outside Eclipse for the model and edit bundles, into a scratch workspace, then either checks
 * that the committed generated files match it or copies them over.
 *
 * <p>The generator writes whole projects; only the files listed in {@link #GENERATED} belong to the generator, the
 * manifests and build files of the bundles are written by hand, so they are never copied.</p>
 */
public final class GenerateModelCode {

    /** Bundle-relative paths the generator owns; anything else the generator writes is ignored. */
    private static final List<String> GENERATED = List.of("src-gen", "icons", "plugin.xml", "plugin.properties");

    private static final List<String> BUNDLES = List.of("org.peerplan.model", "org.peerplan.model.edit");

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !Set.of("check", "write").contains(args[2])) {
            throw new IllegalArgumentException("usage: GenerateModelCode REPOSITORY WORKSPACE check|write");
        }
        Path repository = Path.of(args[0]).toAbsolutePath();
        Path workspace = Path.of(args[1]).toAbsolutePath();
        generate(repository, workspace);
        List<String> drift = compare(repository, workspace);
        if (args[2].equals("write")) {
            copy(repository, workspace);
            System.out.println("[codegen] wrote generated files of " + BUNDLES + " (" + drift.size() + " changed)");
        } else if (!drift.isEmpty()) {
            drift.forEach(d -> System.err.println("[codegen] differs from the generator: " + d));
            throw new IllegalStateException(drift.size() + " generated file(s) differ from what peerplan.genmodel"
                    + " generates: regenerate with ./mvnw -pl releng/org.peerplan.codegen process-classes"
                    + " -Dpeerplan.codegen=write, never edit them by hand");
        } else {
            System.out.println("[codegen] generated files of " + BUNDLES + " match peerplan.genmodel");
        }
    }

    private static void generate(Path repository, Path workspace) throws IOException {
        deleteRecursively(workspace);
        Path modelFolder = workspace.resolve("org.peerplan.model/model");
        Files.createDirectories(modelFolder);
        Files.createDirectories(workspace.resolve("org.peerplan.model.edit"));
        try (Stream<Path> files = Files.list(repository.resolve("bundles/org.peerplan.model/model"))) {
            for (Path file : files.toList()) {
                Files.copy(file, modelFolder.resolve(file.getFileName()));
            }
        }

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/resource/"),
                URI.createFileURI(workspace.toString() + "/"));
        URI genModelUri = URI.createURI("platform:/resource/org.peerplan.model/model/peerplan.genmodel");
        GenModel genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("peerplan.genmodel is not valid: " + valid);
        }

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("EMF generator failed for " + type + ": " + result);
            }
        }
    }

    /** Lists every generated file that is missing, extra or different in the repository. */
    private static List<String> compare(Path repository, Path workspace) throws IOException {
        List<String> drift = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Set<String> paths = new TreeSet<>();
            paths.addAll(generatedFiles(workspace.resolve(bundle)));
            paths.addAll(generatedFiles(repository.resolve("bundles").resolve(bundle)));
            for (String path : paths) {
                Path generated = workspace.resolve(bundle).resolve(path);
                Path committed = repository.resolve("bundles").resolve(bundle).resolve(path);
                if (!Files.exists(generated) || !Files.exists(committed)
                        || Files.mismatch(generated, committed) != -1) {
                    drift.add(bundle + "/" + path);
                }
            }
        }
        return drift;
    }

    private static void copy(Path repository, Path workspace) throws IOException {
        for (String bundle : BUNDLES) {
            Path target = repository.resolve("bundles").resolve(bundle);
            deleteRecursively(target.resolve("src-gen"));
            deleteRecursively(target.resolve("icons"));
            for (String path : generatedFiles(workspace.resolve(bundle))) {
                Path destination = target.resolve(path);
                Files.createDirectories(destination.getParent());
                Files.copy(workspace.resolve(bundle).resolve(path), destination,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static List<String> generatedFiles(Path bundle) throws IOException {
        List<String> files = new ArrayList<>();
        for (String owned : GENERATED) {
            Path root = bundle.resolve(owned);
            if (Files.isRegularFile(root)) {
                files.add(owned);
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).map(p -> bundle.relativize(p).toString()).forEach(files::add);
                }
            }
        }
        return files;
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
