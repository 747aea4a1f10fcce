package org.mingjing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every string a user sees comes from the message bundles, in Chinese and English: templates carry no
 * hard-coded Chinese outside a th:text placeholder, Java carries no Chinese string literal, and both
 * locales of every bundle have the same keys.
 */
class MessageBundleTests {

    private static final Pattern CJK_TEXT = Pattern.compile(">([^<>]*\\p{IsHan}[^<>]*)<");
    private static final Pattern CJK_ATTRIBUTE = Pattern.compile(
            "\\s(placeholder|title|alt|aria-label|value)=\"[^\"]*\\p{IsHan}[^\"]*\"");
    private static final Pattern CJK_JAVA_LITERAL = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\"");

    @Test
    void templatesShowChineseOnlyThroughTheMessageBundles() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
                Matcher text = CJK_TEXT.matcher(html);
                while (text.find()) {
                    String tag = html.substring(html.lastIndexOf('<', text.start()), text.start() + 1);
                    if (tag.startsWith("</") || !(tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:replace"))) {
                        offences.add(file + ": " + text.group(1).strip());
                    }
                }
                Matcher attribute = CJK_ATTRIBUTE.matcher(html);
                while (attribute.find()) {
                    offences.add(file + ": " + attribute.group().strip());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void javaCodeHasNoChineseStringLiterals() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    if (CJK_JAVA_LITERAL.matcher(line).find()) {
                        offences.add(file + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        List<Path> bundles = new ArrayList<>(List.of(Path.of("src/main/resources/messages.properties")));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            files.filter(f -> f.toString().endsWith(".properties") && !f.toString().endsWith("_en.properties"))
                    .forEach(bundles::add);
        }
        for (Path zh : bundles) {
            Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(en).as("English bundle beside " + zh).exists();
            Set<String> missing = new TreeSet<>(keys(zh));
            missing.removeAll(keys(en));
            Set<String> extra = new TreeSet<>(keys(en));
            extra.removeAll(keys(zh));
            assertThat(missing).as("keys of " + zh + " missing in English").isEmpty();
            assertThat(extra).as("keys of " + en + " missing in Chinese").isEmpty();
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
