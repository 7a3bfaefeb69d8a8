package vn.dondoc.messages.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.task.HistoryEntry;

/**
 * One line of a task's history in words, plain text: who ("Văn phòng UBND tỉnh — web", or the office importing a
 * file) and what ("báo cáo hoàn thành ngày 20/03/2024 — Báo cáo số 12/BC-SYT", "sửa thời hạn: «Tháng 3» → «Quý II»").
 * The same words as the bot's /xem (history.* texts), with what an edit changed spelled out.
 */
public final class HistoryText {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How the importer signs its changes ({@code Actor.program("import " + file)}). */
    private static final String IMPORT = "import ";

    private final Texts texts;

    public HistoryText(Texts texts) {
        this.texts = texts;
    }

    public String actor(HistoryEntry entry) {
        String actor = entry.actor();
        if (entry.chatId() == null && actor.startsWith(IMPORT)) {
            return texts.get("history.byImport", actor.substring(IMPORT.length()));
        }
        return actor;
    }

    public String action(HistoryEntry entry) {
        JsonNode detail = read(entry.detail());
        String key = "history." + entry.action();
        return switch (entry.action()) {
            case "PROGRESS" -> texts.get(key, detail.path("percent").asText()) + note(detail);
            case "EXTENSION_REQUESTED" -> texts.get(key, date(detail.path("to").asText()), detail.path("extension").asText())
                    + reason(detail);
            case "EXTENSION_APPROVED", "EXTENSION_REJECTED" -> texts.get(key, date(detail.path("to").asText())) + reason(detail);
            case "DONE" -> texts.get(key) + (detail.hasNonNull("on") ? " " + texts.get("history.doneOn", date(detail.path("on").asText())) : "")
                    + note(detail);
            case "CANCELLED" -> texts.get(key) + reason(detail);
            case "EVENT_DATED" -> texts.get(key, detail.path("event").asText(),
                    date(detail.path("due").path(1).asText()));
            case "AGENCY_MERGED" -> texts.get(key, detail.path("from").asText(), detail.path("into").asText());
            case "EDITED", "UPDATED" -> texts.get(key) + changes(detail);
            case "CREATED", "MUTED" -> texts.get(key);
            default -> entry.action();
        };
    }

    /** A report on the task (done, progress, an extension asked or decided), as opposed to a change of the task. */
    public static boolean isReport(HistoryEntry entry) {
        return entry.action().equals("DONE") || entry.action().equals("PROGRESS") || entry.action().startsWith("EXTENSION_");
    }

    private String changes(JsonNode detail) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("title", "deadline_text", "due")) {
            JsonNode change = detail.path(field);
            if (change.isArray() && change.size() == 2) {
                parts.add(texts.get("history.change." + field, shown(change.get(0)), shown(change.get(1))));
            }
        }
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
    }

    private static String shown(JsonNode value) {
        String text = value.isNull() ? "" : value.asText();
        // Due dates are kept as "[2024-03-31, 2024-06-30]".
        if (text.startsWith("[") && text.endsWith("]")) {
            List<String> dates = new ArrayList<>();
            for (String part : text.substring(1, text.length() - 1).split(",")) {
                dates.add(part.isBlank() || part.strip().equals("null") ? "—" : date(part.strip()));
            }
            return String.join(", ", dates);
        }
        return Formats.clip(text, 120);
    }

    private static String note(JsonNode detail) {
        return detail.hasNonNull("note") ? " — " + detail.path("note").asText() : "";
    }

    private static String reason(JsonNode detail) {
        return detail.hasNonNull("reason") ? ": " + detail.path("reason").asText() : "";
    }

    private static String date(String iso) {
        try {
            return Formats.date(LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    private static JsonNode read(String detail) {
        if (detail == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(detail);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
