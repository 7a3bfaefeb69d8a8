package vn.dondoc.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * getFile through telegrambots' client, then the bytes from {@code <TELEGRAM_API_URL>/file/bot<token>/<path>} with the
 * bot's own HTTP client (the library's download always goes to api.telegram.org, which a local Bot API server or the
 * tests' fake would never see). Errors never carry the token: the file URL holds it.
 */
final class TelegramDownloads implements FileDownloads {

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramSettings settings;

    TelegramDownloads(TelegramClient client, OkHttpClient http, TelegramSettings settings) {
        this.client = client;
        this.http = http;
        this.settings = settings;
    }

    @Override
    public void download(String fileId, Path target, long maxBytes) {
        File file;
        try {
            file = client.execute(GetFile.builder().fileId(fileId).build());
        } catch (TelegramApiRequestException e) {
            throw new TelegramFailure(e.getErrorCode() == null ? 0 : e.getErrorCode(), scrub(e.getApiResponse()), null, null);
        } catch (TelegramApiException e) {
            throw new TelegramFailure(0, scrub(String.valueOf(e.getCause() != null ? e.getCause() : e)), null, null);
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new TooBig(file.getFileSize());
        }
        if (file.getFilePath() == null) {
            throw new TelegramFailure(0, "getFile gave no file_path", null, null);
        }
        Request request = new Request.Builder().url(fileUrl(file.getFilePath())).get().build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new TelegramFailure(response.code(), "file download: HTTP " + response.code(), null, null);
            }
            copy(response.body().byteStream(), target, maxBytes);
        } catch (IOException e) {
            deleteQuietly(target);
            throw new TelegramFailure(0, scrub("file download: " + e), null, null);
        }
    }

    String fileUrl(String filePath) {
        URI api = settings.apiUrl();
        String base = api.getScheme() + "://" + api.getHost() + (api.getPort() == -1 ? "" : ":" + api.getPort());
        return base + "/file/bot" + settings.token() + "/" + filePath;
    }

    /** Stops reading past {@code maxBytes}: a file whose size Telegram did not say is not taken whole first. */
    private static void copy(InputStream in, Path target, long maxBytes) throws IOException {
        long read = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                read += n;
                if (read > maxBytes) {
                    throw new TooBig(read);
                }
                out.write(buffer, 0, n);
            }
        } catch (TooBig e) {
            deleteQuietly(target);
            throw e;
        }
    }

    private static void deleteQuietly(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException ignored) {
            // A temporary file; the folder goes with the pending import.
        }
    }

    private String scrub(String text) {
        return Secrets.scrub(text, settings.token());
    }
}
