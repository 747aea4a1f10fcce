package org.mingjing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text of the calendar's pages comes from its message bundles, in Chinese and in English. */
class CalendarMessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/calendar");
    private static final Pattern KEY = Pattern.compile("#\\{([a-z][a-z0-9.\\-]*[a-z0-9])[}(]");

    @Test
    void everyMessageKeyTheTemplatesUseExistsInBothLanguages() throws IOException {
        Properties zh = merged("/i18n/calendar.properties", "/messages.properties");
        Properties en = merged("/i18n/calendar_en.properties", "/messages_en.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> {
            assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        });
    }

    @Test
    void everyUnitAndWeekdayHasAName() throws IOException {
        Properties zh = PeriodRuleTests.bundle("/i18n/calendar.properties");
        for (PeriodUnit unit : PeriodUnit.values()) {
            assertThat(zh.getProperty("calendar.unit." + unit.name())).as(unit.name()).isNotBlank();
            assertThat(zh.getProperty("calendar.rule.length." + unit.name())).as(unit.name()).isNotBlank();
        }
        for (int day = 1; day <= 7; day++) {
            assertThat(zh.getProperty("calendar.weekday." + day)).isNotBlank();
            assertThat(zh.getProperty("calendar.weekday.short." + day)).isNotBlank();
        }
    }

    private static Properties merged(String... paths) throws IOException {
        Properties all = new Properties();
        for (String path : paths) {
            all.putAll(PeriodRuleTests.bundle(path));
        }
        return all;
    }
}
