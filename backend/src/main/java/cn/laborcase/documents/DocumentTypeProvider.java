package cn.laborcase.documents;

import java.util.List;

/**
 * Contributes document types to the registry ({@link DocumentTypes}). A track that needs its own documents declares
 * a Spring bean implementing this, with its templates under {@code templates/<track>/}.
 */
public interface DocumentTypeProvider {

    List<DocumentType> documentTypes();
}
