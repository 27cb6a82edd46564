package org.peerplan.docgen.templates;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Reads the built-in templates from this bundle's {@code templates/} folder. Velocity's class-path loader looks in
 * Velocity's own bundle under OSGi, which cannot see ours.
 */
public class BuiltInTemplateLoader extends ResourceLoader {

    static final String FOLDER = "/templates/";

    @Override
    public void init(ExtProperties configuration) {
        // Nothing to configure: the folder is fixed.
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        if (name.contains("..")) {
            throw new ResourceNotFoundException("no built-in template " + name);
        }
        InputStream stream = BuiltInTemplateLoader.class.getResourceAsStream(FOLDER + name);
        if (stream == null) {
            throw new ResourceNotFoundException("no built-in template " + name);
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
