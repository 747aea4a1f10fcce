package org.mingjing.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Fills the template of an enforcement document (执法文书) with a case's data and reads the result into an
 * {@link OfficialDocument}. The wording of these documents is the agency's to adapt (its own name for a form, an
 * extra sentence its legal office wants), so the templates are files and not code: an agency's adapted copies in
 * {@code mingjing.documents.templates-dir} come first, the product's defaults on the class path
 * ({@code documents/templates/KIND.xml}) otherwise. The elements a template may use, and the model it is filled
 * with, are described for agency clerks in {@code documents/templates/README.md}.
 *
 * <p>The engine is a private Thymeleaf engine in XML mode with Spring expressions, separate from the one that
 * renders web pages: a document template is checked as XML and its values are escaped as XML. A template that is
 * missing, malformed or uses an unknown element fails with a {@link DocumentTemplateException} naming it.
 */
@Component
public class DocumentTemplates {

    /** The kinds of document the product ships a default template for, in the order a case file holds them. */
    public static final List<String> STANDARD_KINDS = List.of("FILING_APPROVAL", "INQUIRY_RECORD", "INSPECTION_RECORD",
            "PRIOR_NOTICE", "HEARING_NOTICE", "PENALTY_DECISION", "SERVICE_RECEIPT", "CLOSING_REPORT", "FILE_COVER",
            "FILE_INDEX");

    private static final Logger log = LoggerFactory.getLogger(DocumentTemplates.class);
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final String DEFAULTS = "documents/templates/";
    private static final String SUFFIX = ".xml";

    private final Path agencyDirectory;
    private final TemplateEngine engine;

    DocumentTemplates(@Value("${mingjing.documents.templates-dir:}") String templatesDir) {
        this.engine = new SpringTemplateEngine();
        Path directory = null;
        if (templatesDir != null && !templatesDir.isBlank()) {
            Path candidate = Path.of(templatesDir.strip()).toAbsolutePath().normalize();
            if (Files.isDirectory(candidate)) {
                directory = candidate;
                FileTemplateResolver files = new FileTemplateResolver();
                files.setPrefix(candidate + "/");
                files.setSuffix(SUFFIX);
                files.setTemplateMode(TemplateMode.XML);
                files.setCharacterEncoding(StandardCharsets.UTF_8.name());
                files.setCheckExistence(true);
                // An agency edits these while the product runs; a changed file shows on the next document.
                files.setCacheable(false);
                files.setOrder(1);
                engine.addTemplateResolver(files);
            } else {
                log.warn("mingjing.documents.templates-dir {} is not a directory; the default document templates are"
                        + " used", candidate);
            }
        }
        this.agencyDirectory = directory;
        ClassLoaderTemplateResolver defaults = new ClassLoaderTemplateResolver(DocumentTemplates.class.getClassLoader());
        defaults.setPrefix(DEFAULTS);
        defaults.setSuffix(SUFFIX);
        defaults.setTemplateMode(TemplateMode.XML);
        defaults.setCharacterEncoding(StandardCharsets.UTF_8.name());
        defaults.setCheckExistence(true);
        defaults.setCacheable(true);
        defaults.setOrder(2);
        engine.addTemplateResolver(defaults);
    }

    /**
     * The document of the given kind (e.g. {@code PENALTY_DECISION}) filled with the model, whose keys are
     * described in the templates' README. Missing optional values are null; the templates handle them.
     *
     * @throws DocumentTemplateException when the template is missing or broken, naming it
     */
    public OfficialDocument render(String kind, Map<String, Object> model) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a document kind is written like PENALTY_DECISION, not " + kind);
        }
        String source = source(kind);
        String xml;
        try {
            xml = engine.process(kind, new Context(Locale.SIMPLIFIED_CHINESE, lenient(model)));
        } catch (TemplateEngineException e) {
            throw new DocumentTemplateException(kind, "Document template " + kind + " (" + source + ") could not be "
                    + "processed: " + e.getMessage(), e);
        }
        return TemplateXml.read(kind, source, xml);
    }

    /**
     * The model with every map answering null for a key it lacks, as for a key set to null: Spring expressions fail
     * on a missing map key, and a template an agency adapted should not break because a case lacks an optional
     * value the product never filled in.
     */
    private static Map<String, Object> lenient(Map<String, ?> model) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (model != null) {
            model.forEach((key, value) -> out.put(key, lenientValue(value)));
        }
        return out;
    }

    private static Object lenientValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new LenientMap(map);
        }
        if (value instanceof List<?> list) {
            return new LenientList(list);
        }
        return value;
    }

    /** A read-only view of a map that contains every key, those it lacks with the value null. */
    private static final class LenientMap extends AbstractMap<String, Object> {
        private final Map<?, ?> map;

        LenientMap(Map<?, ?> map) {
            this.map = map;
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public Object get(Object key) {
            return lenientValue(map.get(key));
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Set<Entry<String, Object>> entries = new LinkedHashSet<>();
            map.forEach((k, v) -> entries.add(new SimpleImmutableEntry<>(String.valueOf(k), lenientValue(v))));
            return entries;
        }
    }

    /** A read-only view of a list whose maps are {@link LenientMap}s. */
    private static final class LenientList extends AbstractList<Object> {
        private final List<?> list;

        LenientList(List<?> list) {
            this.list = list;
        }

        @Override
        public Object get(int index) {
            return lenientValue(list.get(index));
        }

        @Override
        public int size() {
            return list.size();
        }
    }

    /** Where the template of a kind comes from, for messages: the agency's copy or the product's default. */
    private String source(String kind) {
        if (agencyDirectory != null) {
            Path file = agencyDirectory.resolve(kind + SUFFIX);
            if (Files.isRegularFile(file)) {
                return "agency copy " + file;
            }
        }
        return "default classpath:" + DEFAULTS + kind + SUFFIX;
    }
}
