package cn.laborcase.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The events a case published, as Spring Modulith's registry ({@code event_publication}) keeps them for one listener
 * (e.g. the awaited listener of a track not built yet), read back from the JSON the registry stored.
 */
public final class PublishedEvents {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public PublishedEvents(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One event: its simple type name and its properties. */
    public record Published(String type, Map<String, Object> properties, boolean completed) {}

    /** The publications for the listener whose event has {@code idProperty} = {@code id}, oldest first. */
    public List<Published> forListener(String listenerId, String idProperty, long id) {
        return jdbc
                .query(
                        "select event_type, serialized_event, completion_date from event_publication"
                                + " where listener_id = ? order by publication_date, id",
                        (rs, n) -> new Published(
                                simpleName(rs.getString(1)), read(rs.getString(2)), rs.getObject(3) != null),
                        listenerId)
                .stream()
                .filter(p -> p.properties().get(idProperty) instanceof Number n && n.longValue() == id)
                .toList();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable event " + text, e);
        }
    }
}
