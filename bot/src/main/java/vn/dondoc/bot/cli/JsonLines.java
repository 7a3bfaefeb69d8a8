package vn.dondoc.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON object per line, fields in the order of the contract, Vietnamese left unescaped. */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;

    JsonLines(PrintStream out) {
        this.out = out;
    }

    void write(Map<String, ?> object) {
        try {
            out.println(JSON.writeValueAsString(object));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + object.keySet(), e);
        }
    }

    /** An ordered object from name, value, name, value…; nulls are written as null. */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
