package cn.laborcase.inspection;

import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypeProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The documents of the inspection case (监察案件), under 《劳动保障监察条例》, 劳动和社会保障部令第25号 and
 * 《行政处罚法》 (2021). The codes are the contract between the case's steps and the templates: field names of each type
 * are listed in docs/inspection.md.
 */
@Component
public class InspectionDocumentTypes implements DocumentTypeProvider {

    public static final String FILING_APPROVAL = "INSPECTION_FILING_APPROVAL"; // 立案审批表
    public static final String INQUIRY_NOTICE = "INSPECTION_INQUIRY_NOTICE"; // 询问通知书
    public static final String QUESTIONNAIRE = "INSPECTION_QUESTIONNAIRE"; // 调查询问书
    public static final String INQUIRY_RECORD = "INSPECTION_INQUIRY_RECORD"; // 询问笔录
    public static final String SITE_RECORD = "INSPECTION_SITE_RECORD"; // 现场检查笔录
    public static final String RECTIFICATION_ORDER = "INSPECTION_RECTIFICATION_ORDER"; // 限期整改指令书
    public static final String HANDLING_DECISION = "INSPECTION_HANDLING_DECISION"; // 行政处理决定书
    public static final String PENALTY_PRIOR_NOTICE = "INSPECTION_PENALTY_PRIOR_NOTICE"; // 行政处罚事先告知书
    public static final String HEARING_NOTICE = "INSPECTION_HEARING_NOTICE"; // 听证通知书
    public static final String PENALTY_DECISION = "INSPECTION_PENALTY_DECISION"; // 行政处罚决定书
    public static final String WITHDRAWAL_APPROVAL = "INSPECTION_WITHDRAWAL_APPROVAL"; // 撤销立案审批表
    public static final String CASE_TRANSFER = "INSPECTION_CASE_TRANSFER"; // 案件移送书
    public static final String CRIMINAL_TRANSFER = "INSPECTION_CRIMINAL_TRANSFER"; // 涉嫌犯罪案件移送书
    public static final String EXTENSION_APPROVAL = "INSPECTION_EXTENSION_APPROVAL"; // 延期审批表
    public static final String CLOSING_APPROVAL = "INSPECTION_CLOSING_APPROVAL"; // 结案审批表

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(); // filled by the documents branch (issue 12)
    }
}
