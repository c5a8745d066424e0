package cn.laborcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No internal code on any screen (issue 10): every GET page each role reaches — the application's own route list, as
 * {@link AccessMatrixIT} takes it, with path variables filled from the links of the pages the same user was shown
 * (real records of the demo data) — is read as a person reads it (text, not markup), and fails on office and grid
 * codes, demo usernames, ISO timestamps, {@code COMPLAINT} and the English names of our enums.
 *
 * <p>An administrator's edit form may show a code it edits: the element carries {@code data-admin-code} and is left out
 * (only under {@code /admin}).
 */
@IntegrationTest
class NoInternalCodesIT {

    /** One person of each role of the demo data. */
    static final List<String> ROLES = List.of(
            "clerk1",
            "inspector1",
            "assistant1",
            "leader1",
            "chief",
            "mediator",
            "arbitrator1",
            "hearingclerk",
            "director",
            "admin");

    /** Downloads and fragments: no page to read. */
    static final List<String> NOT_PAGES = List.of(
            "/api/",
            "/actuator",
            "/v3/",
            "/swagger",
            "/error",
            "/login",
            "/verify",
            "/public/",
            "/export",
            "/pdf",
            "/preview",
            "/evidence",
            "/attachment",
            "/sample",
            "/stacktrace",
            "/validate",
            "/merge-preview",
            "/complaints/employer",
            "/received");

    static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    static final Pattern HREF = Pattern.compile("href=\"(/[^\"?#]*)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void noPageShowsAnInternalCode() {
        Map<String, Pattern> forbidden = forbiddenPatterns();
        List<String> found = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        for (String username : ROLES) {
            UserAgent agent = UserAgent.loggedIn(port, username, UserAgent.DEMO_PASSWORD);
            Set<String> links = new LinkedHashSet<>();
            List<String> patterns = routes();
            // pages without variables first: their links place the records of the others
            for (String pattern :
                    patterns.stream().filter(p -> !p.contains("{")).toList()) {
                check(agent, username, pattern, pattern, forbidden, found, links, reached);
            }
            for (String pattern : patterns.stream().filter(p -> p.contains("{")).toList()) {
                Pattern route =
                        Pattern.compile(VARIABLE.matcher(Pattern.quote(pattern)).replaceAll(m -> "\\\\E[^/]+\\\\Q"));
                links.stream()
                        .filter(l -> route.matcher(l).matches())
                        .limit(2)
                        .toList()
                        .forEach(path -> check(agent, username, pattern, path, forbidden, found, links, reached));
            }
        }
        assertThat(reached)
                .as("pages with records were reached")
                .contains(
                        "/complaints/{id}",
                        "/employers/{creditCode}",
                        "/tasks/{id}",
                        "/documents/{id}",
                        "/admin/staff/{id}",
                        "/admin/audit");
        assertThat(found).as("internal codes on screens").isEmpty();
    }

    void check(
            UserAgent agent,
            String username,
            String pattern,
            String path,
            Map<String, Pattern> forbidden,
            List<String> found,
            Set<String> links,
            Set<String> reached) {
        HttpResponse<String> response = agent.get(path);
        if (response.statusCode() != 200
                || !response.headers().firstValue("Content-Type").orElse("").contains("text/html")) {
            return;
        }
        reached.add(pattern);
        String html = response.body();
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            links.add(href.group(1));
        }
        String text = visibleText(html, path.startsWith("/admin"));
        forbidden.forEach((what, regex) -> {
            Matcher m = regex.matcher(text);
            if (m.find()) {
                int from = Math.max(0, m.start() - 20);
                int to = Math.min(text.length(), m.end() + 20);
                found.add(username + " " + path + ": " + what + " «" + text.substring(from, to) + "»");
            }
        });
    }

    /** The text a person reads: no scripts, styles, tags or attributes; entities decoded. */
    static String visibleText(String html, boolean admin) {
        String s = html.replaceAll("(?is)<script.*?</script>", " ")
                .replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?is)<head.*?</head>", " ")
                .replaceAll("(?is)<!--.*?-->", " ");
        if (admin) {
            s = s.replaceAll("(?is)<(\\w+)[^>]*\\bdata-admin-code\\b[^>]*>[^<]*</\\1>", " ");
        }
        s = s.replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        // an e-mail address is the person's own data (个人中心, contact lines), not a login name shown as a label
        s = s.replaceAll("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", " ");
        return s.replaceAll("\\s+", " ");
    }

    Map<String, Pattern> forbiddenPatterns() {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        List<String> offices =
                jdbc.queryForList("select code from office where code in ('C0','D1','D2','A1')", String.class);
        patterns.put("office code", Pattern.compile("\\b(" + String.join("|", offices) + ")\\b"));
        patterns.put("grid code", Pattern.compile("\\bG0\\d\\b"));
        patterns.put(
                "username",
                Pattern.compile("\\b(clerk\\d|inspector\\d|assistant\\d|leader\\d|arbitrator\\d|hearingclerk|mediator|"
                        + "director|chief|admin)\\b"));
        patterns.put("ISO timestamp", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}"));
        patterns.put("COMPLAINT", Pattern.compile("COMPLAINT"));
        patterns.put("enum name", Pattern.compile("\\b(" + String.join("|", enumNames()) + ")\\b"));
        patterns.put("event name", Pattern.compile("\\b(" + String.join("|", eventNames()) + ")\\b"));
        return patterns;
    }

    /** The constants of every enum of ours, of three letters or more (TASK, UNDER_REVIEW, WAGE_ARREARS, …). */
    static Set<String> enumNames() {
        Set<String> names = new TreeSet<>();
        for (JavaClass c : classes()) {
            if (c.isEnum()) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    if (name.length() >= 3) {
                        names.add(Pattern.quote(name));
                    }
                }
            }
        }
        return names;
    }

    /** The records our modules publish as events (ComplaintAccepted, DocumentIssued, …): past-tense class names. */
    static Set<String> eventNames() {
        return classes().stream()
                .filter(JavaClass::isRecord)
                .map(JavaClass::getSimpleName)
                .filter(n -> n.matches("[A-Z][a-z]+[A-Z][A-Za-z]*(ed|Reported|Sent)"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static List<JavaClass> classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.laborcase").stream()
                        .toList();
    }

    List<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (NOT_PAGES.stream().noneMatch(pattern::contains) && !pattern.startsWith("${")) {
                    routes.add(pattern);
                }
            }
        }
        return List.copyOf(routes);
    }
}
