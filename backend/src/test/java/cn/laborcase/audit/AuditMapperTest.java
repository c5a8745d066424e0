package cn.laborcase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.audit.persistence.AuditMapper;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.DeleteProvider;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.annotations.UpdateProvider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The journal is append-only: its mapper can insert and read, and nothing else. */
class AuditMapperTest {

    private static final String XML = "mapper/cn/laborcase/audit/persistence/AuditMapper.xml";

    @Test
    void mapperInterfaceHasNoUpdateOrDeleteMethod() {
        for (Method method : AuditMapper.class.getDeclaredMethods()) {
            String name = method.getName().toLowerCase(Locale.ROOT);
            assertThat(name).doesNotContain("update").doesNotContain("delete").doesNotContain("remove");
            assertThat(method.isAnnotationPresent(Update.class)
                            || method.isAnnotationPresent(UpdateProvider.class)
                            || method.isAnnotationPresent(Delete.class)
                            || method.isAnnotationPresent(DeleteProvider.class))
                    .as(method.getName())
                    .isFalse();
        }
        assertThat(Arrays.stream(AuditMapper.class.getDeclaredMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("insert", "search", "count");
    }

    @Test
    void mapperXmlHasNoUpdateOrDeleteStatement() throws Exception {
        Document xml = parse();

        assertThat(xml.getDocumentElement().getAttribute("namespace")).isEqualTo(AuditMapper.class.getName());
        assertThat(xml.getElementsByTagName("update").getLength()).isZero();
        assertThat(xml.getElementsByTagName("delete").getLength()).isZero();
        assertThat(xml.getElementsByTagName("insert").getLength()).isEqualTo(1);
        // nor hidden inside another element: no statement text changes or removes rows
        NodeList all = xml.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String sql = ((Element) all.item(i)).getTextContent().toLowerCase(Locale.ROOT);
            assertThat(sql).doesNotContainPattern("\\bupdate\\s+audit_entry\\b");
            assertThat(sql).doesNotContainPattern("\\bdelete\\s+from\\b");
            assertThat(sql).doesNotContainPattern("\\btruncate\\b");
        }
    }

    private static Document parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the MyBatis DTD is on the web; it is not needed to read the elements
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setValidating(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        try (InputStream in = AuditMapperTest.class.getClassLoader().getResourceAsStream(XML)) {
            assertThat(in).as(XML).isNotNull();
            return builder.parse(in);
        }
    }
}
