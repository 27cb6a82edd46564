package org.peerplan.docgen.templates;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Reads templates from the user's folder and from nowhere else: a name that leads outside the folder, by {@code ..},
 * an absolute path or a link, is not found. (Velocity's own file loader follows {@code ..} out of its folder.)
 */
public class FolderTemplateLoader extends ResourceLoader {

    private final Path folder;

    public FolderTemplateLoader(Path folder) throws IOException {
        this.folder = folder.toRealPath();
    }

    @Override
    public void init(ExtProperties configuration) {
        // Configured through the constructor.
    }

    Path resolve(String name) {
        Path candidate = folder.resolve(name).normalize();
        try {
            if (candidate.startsWith(folder) && Files.isRegularFile(candidate)
                    && candidate.toRealPath().startsWith(folder)) {
                return candidate;
            }
        } catch (IOException e) {
            throw new ResourceNotFoundException("cannot read template " + name, e);
        }
        throw new ResourceNotFoundException("no template " + name + " in " + folder);
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        try {
            return Files.newBufferedReader(resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResourceNotFoundException("cannot read template " + name, e);
        }
    }

    @Override
    public boolean resourceExists(String name) {
        try {
            resolve(name);
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return true;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
