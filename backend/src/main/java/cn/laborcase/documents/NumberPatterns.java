package cn.laborcase.documents;

import cn.laborcase.documents.persistence.DocumentMapper;
import org.springframework.stereotype.Component;

/** The number pattern in force for an office and type: the administrator's, else the type's default. */
@Component
class NumberPatterns {

    private final DocumentMapper mapper;

    NumberPatterns(DocumentMapper mapper) {
        this.mapper = mapper;
    }

    NumberPattern patternFor(String officeCode, DocumentType type) {
        return mapper.findPattern(officeCode, type.code())
                .map(row -> new NumberPattern(row.pattern()))
                .orElseGet(() -> new NumberPattern(type.defaultNumberPattern()));
    }
}
