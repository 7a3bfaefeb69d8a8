package vn.dondoc.scheduler.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Invite codes: random, fit a Telegram start payload, and stored only as their hash. */
public final class InviteCodes {

    /** Telegram start payloads allow 64 of A-Za-z0-9_-; 12 random bytes give 16 such characters. */
    private static final int BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCodes() {
    }

    static String newCode() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256, hex. The codes are random enough that no salt is needed against guessing. */
    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
