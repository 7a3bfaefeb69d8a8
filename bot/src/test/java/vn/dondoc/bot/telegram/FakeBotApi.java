package vn.dondoc.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A stand-in for the Telegram Bot API on 127.0.0.1, for tests: it queues updates for the bot's
 * long polling, records every message the bot sends, and answers with the faults Telegram has
 * (429 with retry_after, 403 for a chat that blocked the bot, 5xx). Speaks JSON and multipart as
 * telegrambots sends them, at {@code /bot<token>/<method>}. Serves files for getFile: a test puts a file's bytes in
 * ({@link #putFile}), a person sends it ({@link #userSendsDocument}), and the bot fetches it from
 * {@code /file/bot<token>/<file_path>} as from Telegram.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "7000001:AAFakeTokenForTestsOnly_never-in-logs";
    public static final String BOT_NAME = "dondoc_test_bot";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_MS = 10_000;

    /** One call the bot made: the method (lower case), the chat, the text, the whole JSON (or multipart text). */
    public record Call(String method, Long chatId, String text, JsonNode json, String rawBody, long messageId, long receivedNanos) {

        /** The callback data of every inline button, row by row flattened. */
        public List<String> buttons() {
            List<String> data = new ArrayList<>();
            json.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
            return data;
        }

        public boolean forceReply() {
            return json.path("reply_markup").path("force_reply").asBoolean(false);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<MockResponse>> faults = new HashMap<>();
    private final Set<Long> blocked = new HashSet<>();
    /** The bytes of each answered call's body: files in multipart bodies do not survive as text. */
    private final Map<Call, byte[]> bodies = new IdentityHashMap<>();
    /** Files the bot may fetch, by file_id; and how many times each file was downloaded. */
    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, Integer> downloads = new HashMap<>();
    private int nextUpdateId = 1000;
    private long nextMessageId = 1;
    private long nextIncomingMessageId = 50_000;

    public FakeBotApi() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }

            /** Consulted as each connection opens: a down API closes it before reading anything. */
            @Override
            public MockResponse peek() {
                synchronized (FakeBotApi.this) {
                    if (down) {
                        unanswered++;
                        FakeBotApi.this.notifyAll();
                        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START);
                    }
                }
                return super.peek();
            }
        });
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public TelegramSettings settings() {
        return new TelegramSettings(TOKEN, java.net.URI.create(url()), null);
    }

    // ---- what people do in Telegram ----

    /** A person types in their private chat with the bot (the chat id is the person's id). */
    public synchronized void userSays(long chatId, String text) {
        ObjectNode message = message(chatId, "private", null, text);
        enqueue("message", message);
    }

    public synchronized void groupSays(long chatId, String title, String text) {
        enqueue("message", message(chatId, "group", title, text));
    }

    /** A file Telegram holds, as if someone had uploaded it; returns its file_id. */
    public synchronized String putFile(byte[] bytes) {
        String fileId = "FILE" + (files.size() + 1) + "-" + bytes.length;
        files.put(fileId, bytes);
        return fileId;
    }

    /** A person sends a file held under {@code fileId} as a document, with a caption (null for none). */
    public synchronized void userSendsDocument(long chatId, String fileId, String fileName, String caption) {
        byte[] bytes = files.get(fileId);
        userSendsDocument(chatId, fileId, fileName, bytes == null ? 0 : bytes.length, caption);
    }

    /** The same, with the size Telegram announces for it (a test need not hold 25 MB to send a file that big). */
    public synchronized void userSendsDocument(long chatId, String fileId, String fileName, long size, String caption) {
        ObjectNode message = message(chatId, chatId < 0 ? "group" : "private", chatId < 0 ? "Nhóm" : null, null);
        ObjectNode document = message.putObject("document");
        document.put("file_id", fileId);
        document.put("file_unique_id", "u" + fileId);
        document.put("file_name", fileName);
        document.put("file_size", size);
        if (caption != null) {
            message.put("caption", caption);
        }
        enqueue("message", message);
    }

    /** A person sends a photo (held under {@code fileId}) with a caption. */
    public synchronized void userSendsPhoto(long chatId, String fileId, String caption) {
        ObjectNode message = message(chatId, "private", null, null);
        ArrayNode sizes = message.putArray("photo");
        ObjectNode photo = sizes.addObject();
        photo.put("file_id", fileId);
        photo.put("file_unique_id", "u" + fileId);
        photo.put("width", 1280);
        photo.put("height", 960);
        photo.put("file_size", files.getOrDefault(fileId, new byte[0]).length);
        if (caption != null) {
            message.put("caption", caption);
        }
        enqueue("message", message);
    }

    /** getFile will not say this file's size (Telegram may leave file_size out). */
    public synchronized void sizeUnknown(String fileId) {
        sizeUnknown.add(fileId);
    }

    private final Set<String> sizeUnknown = new HashSet<>();

    /** How many times the bot fetched the bytes of {@code fileId} (after getFile). */
    public synchronized int downloads(String fileId) {
        return downloads.getOrDefault(fileId, 0);
    }

    /** A person answers one of the bot's messages with Telegram's Reply. */
    public synchronized void userReplies(long chatId, Call botMessage, String text) {
        replies(message(chatId, "private", null, text), botMessage);
    }

    /** A member of a group answers one of the bot's messages there with Telegram's Reply. */
    public synchronized void groupReplies(long chatId, String title, Call botMessage, String text) {
        replies(message(chatId, "group", title, text), botMessage);
    }

    private void replies(ObjectNode message, Call botMessage) {
        ObjectNode quoted = message.putObject("reply_to_message");
        quoted.put("message_id", botMessage.messageId());
        quoted.putObject("from").put("id", 1).put("is_bot", true).put("first_name", "dondoc").put("username", BOT_NAME);
        quoted.set("chat", message.get("chat"));
        quoted.put("date", 1_710_000_000);
        quoted.put("text", plainText(botMessage.text()));
        enqueue("message", message);
    }

    /** A person presses an inline button under one of the bot's messages. */
    public synchronized void presses(long chatId, Call botMessage, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb" + nextUpdateId);
        query.set("from", user(chatId));
        ObjectNode message = query.putObject("message");
        message.put("message_id", botMessage.messageId());
        message.set("chat", chat(chatId, chatId < 0 ? "group" : "private", chatId < 0 ? "Nhóm" : null));
        message.put("date", 1_710_000_000);
        message.put("text", plainText(botMessage.text()));
        query.put("chat_instance", "ci" + chatId);
        query.put("data", data);
        enqueue("callback_query", query);
    }

    // ---- faults ----

    public synchronized void blockedBy(long chatId) {
        blocked.add(chatId);
    }

    /** The next call of {@code method} gets 429 with this retry_after. */
    public synchronized void tooManyRequestsNext(String method, int retryAfterSeconds) {
        fault(method, error(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds));
    }

    public synchronized void serverErrorNext(String method, int status) {
        fault(method, error(status, "Internal Server Error", null));
    }

    /**
     * While down, every connection is closed as soon as it is made (the bot sees a network error), as when
     * Telegram or the network to it is out; nothing is recorded but the attempt, as {@code method:unreachable}.
     */
    public synchronized void down(boolean down) {
        this.down = down;
    }

    /** While silent, every call is accepted and never answered: an API that hangs. */
    public synchronized void silent(boolean silent) {
        this.silent = silent;
    }

    /**
     * Every call but getUpdates is answered {@code latency} after it arrives (its {@link Call#receivedNanos} is the
     * arrival), as a Telegram some way off: the round trip, not the bot, then sets how fast one sender can go.
     */
    public synchronized void latency(Duration latency) {
        this.latency = latency;
    }

    /** How many calls were made while the API was down or silent (none of them reached it). */
    public synchronized int unanswered() {
        return unanswered;
    }

    private boolean down;
    private boolean silent;
    private Duration latency = Duration.ZERO;
    private int unanswered;

    // ---- what the bot did ----

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> sentTo(long chatId) {
        return calls.stream().filter(c -> c.method().equals("sendmessage") && Long.valueOf(chatId).equals(c.chatId())).toList();
    }

    /** Every call the bot made to {@code chatId} that Telegram answered, in order, whatever the method. */
    public synchronized List<Call> answeredTo(long chatId) {
        return calls.stream().filter(c -> !c.method().endsWith(":refused") && Long.valueOf(chatId).equals(c.chatId())).toList();
    }

    /** The file a sendphoto or senddocument call uploaded, byte for byte. */
    public synchronized byte[] file(Call call) {
        return multipartPart(call, "filename=\"").content();
    }

    /** The name the file was uploaded under. */
    public synchronized String fileName(Call call) {
        String header = multipartPart(call, "filename=\"").header();
        int at = header.indexOf("filename=\"") + "filename=\"".length();
        return header.substring(at, header.indexOf('"', at));
    }

    /** A text field of a multipart call (the caption of a photo or document). */
    public synchronized String multipartText(Call call, String name) {
        return new String(multipartPart(call, "name=\"" + name + "\"").content(), StandardCharsets.UTF_8);
    }

    private record Part(String header, byte[] content) {
    }

    /** The first part whose headers contain {@code marker}; the body is read as ISO-8859-1 to keep bytes one to one. */
    private Part multipartPart(Call call, String marker) {
        byte[] bytes = bodies.get(call);
        if (bytes == null) {
            throw new AssertionError("No body kept for " + call.method());
        }
        String body = new String(bytes, StandardCharsets.ISO_8859_1);
        String boundary = body.substring(0, body.indexOf("\r\n"));
        for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String header = new String(part.substring(0, headerEnd).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            if (header.contains(marker)) {
                String content = part.substring(headerEnd + 4, part.length() - 2); // the CRLF before the next boundary
                return new Part(header, content.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        throw new AssertionError("No multipart part with " + marker + " in " + call.method());
    }

    /** Waits (up to 10 s) for the bot to send {@code chatId} a message matching {@code what}; returns it. */
    public Call awaitMessage(long chatId, Predicate<String> what) {
        return await(c -> c.method().equals("sendmessage") && Long.valueOf(chatId).equals(c.chatId()) && what.test(c.text()),
                "a message to chat " + chatId);
    }

    public Call awaitMessageContaining(long chatId, String part) {
        return awaitMessage(chatId, text -> text.contains(part));
    }

    public Call awaitEdit(long chatId, Predicate<String> what) {
        return await(c -> c.method().equals("editmessagetext") && Long.valueOf(chatId).equals(c.chatId()) && what.test(c.text()),
                "an edit in chat " + chatId);
    }

    public synchronized Call await(Predicate<Call> what, String description) {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        int seen = 0;
        while (true) {
            for (; seen < calls.size(); seen++) {
                if (what.test(calls.get(seen))) {
                    return calls.get(seen);
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("Waited 10 s for " + description + "; the bot sent:\n" + describe());
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Waits until the bot has fetched every queued update and then asked for more, so that
     * whatever it was going to answer has been sent.
     */
    public synchronized void awaitAllHandled() {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!updates.isEmpty() || !pollingAgain || !settled.getAsBoolean()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("The bot did not take its updates within 10 s");
            }
            try {
                // The bot's own queues do not tell this monitor when they empty: look again shortly.
                wait(Math.min(left, 10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private boolean pollingAgain;
    /** getUpdates calls so far (the newest is the only one that may stay open), and those ended by a newer one. */
    private long polls;
    private int conflicts;

    /** How many getUpdates were ended with 409 Conflict because another arrived while they were open. */
    public synchronized int conflicts() {
        return conflicts;
    }
    private java.util.function.BooleanSupplier settled = () -> true;

    /** Also waits for this (the bot's queues being empty) before {@link #awaitAllHandled()} returns. */
    public synchronized void settledWhen(java.util.function.BooleanSupplier idle) {
        this.settled = idle;
    }

    public synchronized String describe() {
        StringBuilder out = new StringBuilder();
        calls.forEach(c -> out.append("  ").append(c.method()).append(" → ").append(c.chatId()).append(": ")
                .append(c.text() == null ? "" : c.text().replace('\n', '⏎')).append('\n'));
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    // ---- the server side ----

    private MockResponse answer(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        String filePrefix = "/file/bot" + TOKEN + "/documents/";
        if (path.startsWith(filePrefix)) {
            return download(path.substring(filePrefix.length()));
        }
        String prefix = "/bot" + TOKEN + "/";
        if (!path.startsWith(prefix)) {
            return json(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        }
        String method = path.substring(prefix.length()).toLowerCase();
        synchronized (this) {
            if (down || silent) {
                // A connection opened before the API went down: closed once the request is read.
                unanswered++;
                notifyAll();
                return new MockResponse().setSocketPolicy(down ? SocketPolicy.DISCONNECT_AFTER_REQUEST : SocketPolicy.NO_RESPONSE);
            }
        }
        byte[] bytes = request.getBody().readByteArray();
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (method.equals("getupdates")) {
            return getUpdates(readJson(body));
        }
        if (method.equals("getfile")) {
            return getFile(readJson(body), body);
        }
        MockResponse response = answer(method, body, bytes);
        Duration delay;
        synchronized (this) {
            delay = latency;
        }
        // The answer waits on this connection's own thread, so calls on other connections overlap.
        return delay.isZero() ? response : response.setHeadersDelay(delay.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private MockResponse answer(String method, String body, byte[] bytes) {
        synchronized (this) {
            Deque<MockResponse> queued = faults.get(method);
            if (queued != null && !queued.isEmpty()) {
                calls.add(new Call(method + ":refused", null, null, readJson(body), body, 0, System.nanoTime()));
                notifyAll();
                return queued.poll();
            }
            JsonNode json = readJson(body);
            Long chatId = json.hasNonNull("chat_id") ? Long.valueOf(json.get("chat_id").asLong()) : multipartField(body, "chat_id");
            if (chatId != null && blocked.contains(chatId) && method.startsWith("send")) {
                calls.add(new Call(method + ":refused", chatId, json.path("text").asText(null), json, body, 0, System.nanoTime()));
                notifyAll();
                return error(403, "Forbidden: bot was blocked by the user", null);
            }
            long messageId = method.startsWith("send") ? nextMessageId++ : json.path("message_id").asLong(0);
            String text = json.has("text") ? json.get("text").asText() : json.path("caption").asText(null);
            Call call = new Call(method, chatId, text, json, body, messageId, System.nanoTime());
            calls.add(call);
            bodies.put(call, bytes);
            notifyAll();
            return json(200, "{\"ok\":true,\"result\":" + result(method, chatId, text, messageId) + "}");
        }
    }

    private String result(String method, Long chatId, String text, long messageId) {
        return switch (method) {
            case "getme" -> "{\"id\":7000001,\"is_bot\":true,\"first_name\":\"dondoc\",\"username\":\"" + BOT_NAME + "\"}";
            case "sendmessage", "editmessagetext", "sendphoto", "senddocument" -> {
                ObjectNode message = JSON.createObjectNode();
                message.put("message_id", messageId);
                message.put("date", 1_710_000_000);
                message.set("chat", chat(chatId == null ? 0 : chatId, chatId != null && chatId < 0 ? "group" : "private", null));
                if (text != null) {
                    message.put("text", text);
                }
                yield message.toString();
            }
            default -> "true";
        };
    }

    /** As Telegram: the file's size and a path to fetch it from; an unknown file_id is a 400. */
    private synchronized MockResponse getFile(JsonNode request, String body) {
        String fileId = request.path("file_id").asText();
        calls.add(new Call("getfile", null, fileId, request, body, 0, System.nanoTime()));
        notifyAll();
        byte[] bytes = files.get(fileId);
        if (bytes == null) {
            return error(400, "Bad Request: invalid file_id", null);
        }
        ObjectNode file = JSON.createObjectNode();
        file.put("file_id", fileId);
        file.put("file_unique_id", "u" + fileId);
        if (!sizeUnknown.contains(fileId)) {
            file.put("file_size", bytes.length);
        }
        file.put("file_path", "documents/" + fileId);
        return json(200, "{\"ok\":true,\"result\":" + file + "}");
    }

    private synchronized MockResponse download(String fileId) {
        byte[] bytes = files.get(fileId);
        if (bytes == null) {
            return new MockResponse().setResponseCode(404);
        }
        downloads.merge(fileId, 1, Integer::sum);
        notifyAll();
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/octet-stream")
                .setBody(new okio.Buffer().write(bytes));
    }

    /**
     * As Telegram: a getUpdates that arrives while another is still open ends the older one with 409 Conflict
     * (two bot instances polling with one token), counted in {@link #conflicts()}.
     */
    private MockResponse getUpdates(JsonNode request) {
        long offset = request.path("offset").asLong(0);
        long deadline = System.currentTimeMillis() + 300;
        synchronized (this) {
            long mine = ++polls;
            updates.removeIf(u -> u.get("update_id").asLong() < offset);
            pollingAgain = updates.isEmpty();
            notifyAll();
            while (updates.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (polls != mine) {
                    conflicts++;
                    notifyAll();
                    return json(409, "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other getUpdates"
                            + " request; make sure that only one bot instance is running\"}");
                }
            }
            ArrayNode result = JSON.createArrayNode();
            updates.forEach(result::add);
            if (!updates.isEmpty()) {
                pollingAgain = false;
            }
            return json(200, "{\"ok\":true,\"result\":" + result + "}");
        }
    }

    private void enqueue(String kind, ObjectNode payload) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", nextUpdateId++);
        update.set(kind, payload);
        updates.add(update);
        pollingAgain = false;
        notifyAll();
    }

    private ObjectNode message(long chatId, String type, String title, String text) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", nextIncomingMessageId++);
        message.set("from", user(chatId < 0 ? 424242 : chatId));
        message.set("chat", chat(chatId, type, title));
        message.put("date", 1_710_000_000);
        if (text != null) {
            message.put("text", text);
        }
        return message;
    }

    private static ObjectNode user(long id) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", Math.abs(id));
        user.put("is_bot", false);
        user.put("first_name", "Người dùng " + Math.abs(id));
        return user;
    }

    private static ObjectNode chat(long id, String type, String title) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", id);
        chat.put("type", type);
        if (title != null) {
            chat.put("title", title);
        }
        return chat;
    }

    private void fault(String method, MockResponse response) {
        faults.computeIfAbsent(method.toLowerCase(), k -> new ArrayDeque<>()).add(response);
    }

    private static MockResponse error(int code, String description, Integer retryAfter) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ok", false);
        body.put("error_code", code);
        body.put("description", description);
        if (retryAfter != null) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        return json(code, body.toString());
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static JsonNode readJson(String body) {
        try {
            return body.isBlank() || !body.strip().startsWith("{") ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** chat_id of a multipart request (photos, documents). */
    private static Long multipartField(String body, String name) {
        int at = body.indexOf("name=\"" + name + "\"");
        if (at < 0) {
            return null;
        }
        String rest = body.substring(at).split("\r\n\r\n", 2)[1];
        return Long.parseLong(rest.substring(0, rest.indexOf("\r\n")).strip());
    }

    /** What the Telegram app shows of an HTML message, as a reply quotes it. */
    private static String plainText(String html) {
        return html == null ? "" : html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    static Duration waitLimit() {
        return Duration.ofMillis(WAIT_MS);
    }
}
