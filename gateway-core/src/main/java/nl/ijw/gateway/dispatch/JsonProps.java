package nl.ijw.gateway.dispatch;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Output properties as a JSON object in the outbox, keys sorted so the same output gives the same text. */
public final class JsonProps {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonProps() {
    }

    public static String write(Map<String, String> properties) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(properties));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> read(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox properties are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
