package cn.laborcase.documents;

import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A document type whose template (src/test/resources/document-templates/test/broken.xhtml) fails at line 9: the
 * tests use it to prove that a template error leaves everything unchanged. Part of the shared test context by
 * component scan, like any track's types.
 */
@Component
class BrokenTemplateTypes implements DocumentTypeProvider {

    static final String BROKEN = "TEST_BROKEN";

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(new DocumentType(
                        BROKEN,
                        "测试文书",
                        "test/broken",
                        "{office}测字〔{year}〕{seq}号",
                        List.of(DocumentField.required("title", "标题", FieldKind.TEXT)),
                        Map.of("title", "测试"))
                .issuedBy(Set.of(Role.INTAKE_CLERK), Set.of(OfficeKind.INSPECTION)));
    }
}
