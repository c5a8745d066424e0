package cn.laborcase.documents;

import static cn.laborcase.documents.DocumentField.choice;
import static cn.laborcase.documents.DocumentField.optional;
import static cn.laborcase.documents.DocumentField.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The documents every track uses and the documents module issues itself: the 送达回证 (proof of service, 民事诉讼法
 * §§87–95). A track's own documents come from its own {@link DocumentTypeProvider}.
 */
@Component
@Order(0) // listed first; the tracks' own types follow
class CommonDocumentTypes implements DocumentTypeProvider {

    /** 送达回证: issued by {@link ServiceRecords} for every recorded service. */
    public static final String SERVICE_RECEIPT = "SERVICE_RECEIPT";

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(serviceReceipt());
    }

    private static DocumentType serviceReceipt() {
        return new DocumentType(
                SERVICE_RECEIPT,
                "送达回证",
                "common/service-receipt",
                "{office}送字〔{year}〕{seq}号",
                List.of(
                        required("documentTitle", "送达文书名称", FieldKind.TEXT),
                        required("documentNumber", "送达文书文号", FieldKind.TEXT),
                        required("recipientName", "受送达人", FieldKind.TEXT),
                        optional("address", "送达地点", FieldKind.TEXT),
                        choice("method", "送达方式", true, "直接送达", "邮寄送达", "电子送达", "留置送达", "公告送达"),
                        required("servedAt", "送达时间", FieldKind.DATETIME),
                        optional("receiverName", "签收人", FieldKind.TEXT),
                        optional("signerRelation", "签收人与受送达人关系", FieldKind.TEXT),
                        optional("trackingNumber", "邮件号码", FieldKind.TEXT),
                        optional("emailAddress", "电子邮箱", FieldKind.TEXT),
                        optional("witnesses", "见证人", FieldKind.TEXT),
                        optional("noticeMedium", "公告载体", FieldKind.TEXT),
                        required("server", "送达人", FieldKind.TEXT),
                        optional("note", "备注", FieldKind.TEXTAREA)),
                sample(
                        "documentTitle", "受理通知书",
                        "documentNumber", "东湖劳监受字〔2026〕12号",
                        "recipientName", "李秀英",
                        "address", "示范市东湖区春晖路18号3幢502室",
                        "method", "直接送达",
                        "servedAt", "2026-03-06T10:00",
                        "receiverName", "李秀英",
                        "signerRelation", "本人",
                        "server", "张伟、刘洋"));
    }

    private static Map<String, String> sample(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
