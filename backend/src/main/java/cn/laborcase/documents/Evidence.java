package cn.laborcase.documents;

/** An uploaded photo or scan proving service (the signed 送达回证, the post receipt...). */
public record Evidence(String fileName, String contentType, byte[] content) {

    public boolean isEmpty() {
        return content == null || content.length == 0;
    }
}
