package org.mingjing.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one serialisation of a JSON value that the ledger hashes, in the manner of the JSON Canonicalization
 * Scheme (RFC 8785): object members sorted by their names' UTF-16 code units, no insignificant whitespace,
 * strings with only the escapes JSON requires, and numbers written as their shortest plain decimal (the content
 * the product records carries money as numbers with at most two decimals and counts as integers, never binary
 * floating point). Whoever holds a content can re-create these bytes from any pretty-printed copy of it.
 */
public final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private CanonicalJson() {
    }

    public static String of(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    /** Canonicalises a JSON text; throws {@link IllegalArgumentException} when it is not JSON. */
    public static String of(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("not JSON");
        }
        return of(node);
    }

    /** The value as a tree, for building contents with Jackson's nodes. */
    public static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    public static JsonMapper mapper() {
        return JSON;
    }

    /** The SHA-256 of the canonical bytes, in hex: what a ledger entry holds as the hash of its content. */
    public static String hash(String canonical) {
        return MerkleTree.hex(MerkleTree.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> m : members) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(m.getKey(), out);
                out.append(':');
                write(m.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNumber()) {
            out.append(number(node));
        } else {
            string(node.asString(), out);
        }
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        BigDecimal d = node.decimalValue();
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
