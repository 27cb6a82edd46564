package org.peerplan.docgen.templates;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.slf4j.helpers.NOPLogger;

/**
 * Renders templates in a sandbox: strict references (a misspelt or missing value is an error, never a literal
 * {@code $name} in a board document), the {@link AllowListUberspector}, escaping of every inserted value, and
 * templates read first from the user's folder, then from the built-in set.
 */
public final class TemplateEngine {

    private final VelocityEngine velocity;

    private final Path overrides;

    /** @param overrides a folder whose templates replace built-in ones of the same name, or {@code null} */
    public TemplateEngine(Path overrides) {
        this.overrides = overrides;
        Properties properties = new Properties();
        String loaders = overrides != null ? "overrides,builtin" : "builtin";
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, loaders);
        if (overrides != null) {
            try {
                properties.put("resource.loader.overrides.instance", new FolderTemplateLoader(overrides));
            } catch (IOException e) {
                throw new TemplateException("The template folder " + overrides + " cannot be read.", e);
            }
        }
        properties.put("resource.loader.builtin.instance", new BuiltInTemplateLoader());
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowListUberspector.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        // Macros every template may use, such as #count; a template folder may replace the file like any other.
        properties.setProperty(RuntimeConstants.VM_LIBRARY, "macros.vm");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty("runtime.log.log_invalid_references", "false");
        // Failures reach the user as TemplateExceptions that say where; Velocity's own log would only repeat them.
        properties.put(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        velocity = new VelocityEngine(properties);
        // Velocity instantiates the uberspector by name through the context class loader: make it ours.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TemplateEngine.class.getClassLoader());
        try {
            velocity.init();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Renders {@code name} with the values in {@code model}, each escaped for {@code format}. */
    public String render(String name, Map<String, Object> model, OutputFormat format) {
        try {
            Template template = velocity.getTemplate(name, "UTF-8");
            VelocityContext context = new VelocityContext(new java.util.HashMap<>(model));
            EventCartridge cartridge = new EventCartridge();
            cartridge.addReferenceInsertionEventHandler(new EscapingInserter(format));
            cartridge.attachToContext(context);
            StringWriter out = new StringWriter();
            template.merge(context, out);
            return out.toString();
        } catch (ResourceNotFoundException e) {
            throw new TemplateException("The template " + name + " is neither in " + (overrides == null ? "the"
                    : overrides + " nor among the") + " built-in templates.", e);
        } catch (ParseErrorException e) {
            throw failure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), "is not valid Velocity", e);
        } catch (TemplateInitException e) {
            throw failure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), "is not valid Velocity", e);
        } catch (org.apache.velocity.exception.MethodInvocationException e) {
            throw failure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    "uses " + e.getReferenceName() + ", which this document does not provide", e);
        } catch (VelocityException e) {
            throw new TemplateException("The template " + where(name) + " failed: " + e.getMessage() + ".", e);
        }
    }

    private TemplateException failure(String template, int line, int column, String problem, Exception cause) {
        return new TemplateException("The template " + where(template) + ", line " + line + ", column " + column
                + ", " + problem + ".", cause);
    }

    /** The template's file in the user's folder, or its name among the built-in templates. */
    private String where(String template) {
        if (overrides != null && template != null && Files.isRegularFile(overrides.resolve(template))) {
            return overrides.resolve(template).toString();
        }
        return "built-in " + template;
    }
}
