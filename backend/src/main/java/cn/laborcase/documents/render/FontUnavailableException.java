package cn.laborcase.documents.render;

/** A document font is missing or unusable: the application must not start (it could not issue any document). */
public final class FontUnavailableException extends IllegalStateException {

    FontUnavailableException(String message) {
        super(message);
    }

    FontUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
