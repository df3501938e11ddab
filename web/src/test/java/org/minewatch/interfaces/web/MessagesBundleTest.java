package org.minewatch.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
import org.minewatch.application.GuidanceService;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.user.Role;
import org.minewatch.rules.Findings;
import org.minewatch.rules.Severity;

/**
 * The pages' bundle: every label and message in English and Spanish, and every key the pages and beans ask
 * for present in both, so that no page shows a key or falls back to English in Spanish.
 */
class MessagesBundleTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/minewatch/interfaces/web");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path BEANS = Path.of("src/main/java/org/minewatch/interfaces/web");

    /** msg['key'] as a whole key, or msg['prefix.'.concat(...)] as the start of one. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'(]|\\.concat)");
    /** In a bean, every string that looks like a key ("alerts.notOpen"): beans pick keys by condition, not only in getString("..."). */
    // a sentence's key (new Sentence("period.not-a-quarter", ...)) is in the domain's or the rules' bundle, not in msg
    private static final Pattern BEAN_KEY = Pattern.compile("(?<!new Sentence\\()\"([a-z][A-Za-z]*(?:\\.[A-Za-z][A-Za-z-]*)+)\"");

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(bundle(file).stringPropertyNames());
    }

    @Test
    void english_and_spanish_have_the_same_keys_none_empty() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> spanish = keys("messages_es.properties");
        assertThat(english).isNotEmpty();
        assertThat(spanish).as("keys missing in Spanish").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(spanish);
        Properties en = bundle("messages.properties");
        Properties es = bundle("messages_es.properties");
        english.forEach(key -> {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(es.getProperty(key)).as(key).isNotBlank();
        });
        // English is the base file; messages_en only stops a fall-back to the server's locale
        assertThat(keys("messages_en.properties")).isEmpty();
    }

    @Test
    void every_key_a_page_or_bean_asks_for_is_in_both_languages() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> spanish = keys("messages_es.properties");
        Set<String> wholeKeys = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    (m.group(2).equals("]") ? wholeKeys : prefixes).add(m.group(1));
                }
            }
        }
        try (Stream<Path> beans = Files.list(BEANS)) {
            for (Path bean : beans.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = BEAN_KEY.matcher(Files.readString(bean, StandardCharsets.UTF_8));
                while (m.find()) {
                    wholeKeys.add(m.group(1));
                }
            }
        }
        assertThat(wholeKeys).contains("login.title", "alerts.acknowledged", "alerts.history.raised");
        assertThat(prefixes).contains("status.", "rule.");
        assertThat(english).as("English").containsAll(wholeKeys);
        assertThat(spanish).as("Spanish").containsAll(wholeKeys);
        for (String prefix : prefixes) {
            assertThat(english).as("English keys starting " + prefix).anyMatch(k -> k.startsWith(prefix));
            assertThat(spanish).as("Spanish keys starting " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    @Test
    void every_value_a_page_names_by_prefix_has_its_label_in_both_languages() throws IOException {
        Set<String> expected = new TreeSet<>();
        Stream.of(AlertStatus.values()).forEach(s -> expected.add("status." + s.name()));
        Stream.of(Severity.values()).forEach(s -> expected.add("severity." + s.name()));
        Stream.of(Role.values()).forEach(r -> expected.add("role." + r.name()));
        Stream.of(Measure.values()).forEach(m -> expected.add("measure." + m.code()));
        Stream.of(GuidanceService.Status.values()).forEach(s -> expected.add("guidanceStatus." + s.name()));
        assertThat(keys("messages.properties")).containsAll(expected);
        assertThat(keys("messages_es.properties")).containsAll(expected);
    }

    @Test
    void every_rule_has_a_name_in_both_languages() throws IOException, IllegalAccessException {
        Set<String> english = keys("messages.properties");
        Set<String> spanish = keys("messages_es.properties");
        Set<String> rules = new TreeSet<>();
        for (Field field : Findings.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                rules.add((String) field.get(null));
            }
        }
        assertThat(rules).hasSizeGreaterThan(10);
        rules.forEach(rule -> {
            assertThat(english).contains("rule." + rule);
            assertThat(spanish).contains("rule." + rule);
        });
    }
}
