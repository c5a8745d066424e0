package cn.laborcase.documents.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The document templates of the top-level {@code templates/} folder, which the build puts on the classpath as
 * {@code document-templates/}: XHTML processed by a Thymeleaf engine of their own, in XML mode (the layout engine
 * needs well-formed XHTML), separate from the engine of the web pages.
 */
public final class DocumentTemplates {

    public static final String LOCATION = "document-templates/";

    /**
     * The scheme the layout engine sees the templates' folder under: links (the stylesheet) are served from memory
     * by {@link #resource}, nothing is fetched from a file, a jar or the network.
     */
    public static final String SCHEME = "laborcase-template";

    /** Shared by every template; part of each template's version, since a change to them changes the output. */
    public static final List<String> SHARED = List.of("layout.xhtml", "document.css");

    private static final String SUFFIX = ".xhtml";

    private final ClassLoader classLoader;
    private final SpringTemplateEngine engine;
    private final Map<String, String> versions = new ConcurrentHashMap<>();
    private final Map<String, byte[]> resources = new ConcurrentHashMap<>();

    public DocumentTemplates(ClassLoader classLoader) {
        this.classLoader = classLoader;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(classLoader);
        resolver.setPrefix(LOCATION);
        resolver.setSuffix(SUFFIX);
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        // SpEL, as in the web pages' templates, but an engine of its own: no Spring beans, no message source
        this.engine = new SpringTemplateEngine();
        this.engine.setEnableSpringELCompiler(true);
        this.engine.setTemplateResolver(resolver);
        if (classLoader.getResource(LOCATION + "document.css") == null) {
            throw new IllegalStateException("document templates are not on the classpath (" + LOCATION
                    + "document.css missing): the backend build copies the top-level templates/ folder there");
        }
    }

    /** The URI relative links of the templates (the stylesheet) resolve against. */
    public String baseUri() {
        return SCHEME + ":/";
    }

    /**
     * A file of the templates' folder by its {@link #SCHEME} URI (e.g. {@code laborcase-template:/document.css}),
     * read once; null for anything else or a file that does not exist.
     */
    public byte[] resource(String uri) {
        String prefix = SCHEME + ":/";
        if (uri == null || !uri.startsWith(prefix) || uri.contains("..")) {
            return null;
        }
        String path = uri.substring(prefix.length());
        return resources.computeIfAbsent(path, p -> {
            try (InputStream in = classLoader.getResourceAsStream(LOCATION + p)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public boolean exists(String template) {
        return classLoader.getResource(LOCATION + template + SUFFIX) != null;
    }

    /**
     * Fills a template.
     *
     * @param template its path below {@code templates/} without the suffix, e.g. {@code intake/acceptance-notice}
     * @throws TemplateRenderException naming the template and line when the template is broken
     */
    public String process(String template, Map<String, Object> variables) {
        if (!exists(template)) {
            throw new TemplateRenderException(template, null, "模板文件不存在（" + LOCATION + template + SUFFIX + "）");
        }
        try {
            return engine.process(template, new Context(java.util.Locale.SIMPLIFIED_CHINESE, variables));
        } catch (TemplateProcessingException e) {
            String name = e.getTemplateName() == null ? template : strip(e.getTemplateName());
            return fail(name, e.getLine(), rootMessage(e));
        } catch (TemplateEngineException e) {
            return fail(template, null, rootMessage(e));
        }
    }

    /**
     * SHA-256 (hex) of the template's source together with the shared layout and stylesheet, as stored with every
     * document made from it: a change to any of them is a new version.
     */
    public String version(String template) {
        return versions.computeIfAbsent(template, t -> {
            MessageDigest digest = sha256();
            digest.update(source(t + SUFFIX));
            for (String shared : SHARED) {
                digest.update((byte) 0);
                digest.update(source(shared));
            }
            return HexFormat.of().formatHex(digest.digest());
        });
    }

    private byte[] source(String file) {
        try (InputStream in = classLoader.getResourceAsStream(LOCATION + file)) {
            if (in == null) {
                throw new TemplateRenderException(file, null, "模板文件不存在（" + LOCATION + file + "）");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fail(String template, Integer line, String message) {
        throw new TemplateRenderException(template, line, message);
    }

    private static String strip(String name) {
        return name.startsWith(LOCATION) ? name.substring(LOCATION.length()) : name;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.length() > 300 ? message.substring(0, 299) + "…" : message;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
