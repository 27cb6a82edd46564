package org.peerplan.cli.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the command line's JSON: objects are {@link Map}s in insertion order, arrays are {@link List}s, and the
 * leaves are strings, numbers, booleans, dates (ISO, as strings) and {@code null}. Hand-written because the runtime
 * carries no JSON library and the outputs are this small; indented two spaces so a person can read them too.
 */
final class Json {

    private Json() {
    }

    /** An object of the given keys and values, in that order. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** The value as JSON, ending with a newline. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(out, value, "");
        return out.append('\n').toString();
    }

    private static void value(StringBuilder out, Object value, String indent) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> object -> object(out, object, indent);
            case List<?> array -> array(out, array, indent);
            case Boolean bool -> out.append(bool);
            case BigDecimal decimal -> out.append(decimal.toPlainString());
            case Number number -> out.append(number);
            case LocalDate day -> out.append(string(day.toString()));
            case String text -> out.append(string(text));
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> object, String indent) {
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + "  ";
        out.append("{\n");
        String separator = "";
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            out.append(separator).append(inner).append(string((String) entry.getKey())).append(": ");
            value(out, entry.getValue(), inner);
            separator = ",\n";
        }
        out.append('\n').append(indent).append('}');
    }

    /** Arrays of plain values stay on one line; arrays of objects or arrays get a line per element. */
    private static void array(StringBuilder out, List<?> array, String indent) {
        boolean nested = array.stream().anyMatch(e -> e instanceof Map || e instanceof List);
        String inner = indent + "  ";
        out.append(nested ? "[\n" : "[");
        String separator = "";
        for (Object element : array) {
            out.append(separator).append(nested ? inner : "");
            value(out, element, inner);
            separator = nested ? ",\n" : ", ";
        }
        out.append(nested ? "\n" + indent + "]" : "]");
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
