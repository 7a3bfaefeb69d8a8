package vn.dondoc.scheduler.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where SQLite's native library is loaded from. sqlite-jdbc on its own unpacks a new 1 MB copy into the Java
 * temp folder at every start and deletes it at exit, so every kill -9 leaves one behind; and with a temp
 * folder mounted noexec it fails in about 95 lines. dondoc unpacks it once under a name of its version
 * ({@code dondoc-sqlite/dondoc-VERSION-libsqlitejdbc.so}), reuses it, and when the temp folder cannot run it
 * tries a folder next to the register; when neither can, it says so in one line. A library path the person
 * chose (org.sqlite.lib.path, org.sqlite.tmpdir) is left alone.
 */
final class SqliteNative {

    private static boolean loaded;

    private SqliteNative() {
    }

    static synchronized void load(Path register) {
        if (loaded) {
            return;
        }
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.tmpdir") != null) {
            loaded = true;
            return;
        }
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of(System.getProperty("java.io.tmpdir"), "dondoc-sqlite"));
        if (register.getParent() != null) {
            folders.add(register.getParent().resolve(".dondoc-sqlite"));
        }
        Throwable last = null;
        List<String> reasons = new ArrayList<>();
        for (Path folder : folders) {
            try {
                Path library = unpack(folder);
                System.setProperty("org.sqlite.lib.path", folder.toString());
                System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
                // Were loading from the path to fail, the driver would unpack a copy of its own here, not in /tmp.
                System.setProperty("org.sqlite.tmpdir", folder.toString());
                System.load(library.toString());
                SQLiteJDBCLoader.initialize();
                loaded = true;
                return;
            } catch (Exception | UnsatisfiedLinkError e) {
                last = e;
                reasons.add(folder + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
                System.clearProperty("org.sqlite.lib.path");
                System.clearProperty("org.sqlite.lib.name");
                System.clearProperty("org.sqlite.tmpdir");
            }
        }
        throw new RegisterUnavailableException(RegisterError.NATIVE, last, folders.get(0).getParent(), String.join("; ", reasons));
    }

    /** The library in {@code folder}, unpacked unless the same bytes are already there. */
    private static Path unpack(Path folder) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        byte[] bytes;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no SQLite library for " + OSInfo.getNativeLibFolderPathForCurrentOS());
            }
            bytes = in.readAllBytes();
        }
        Files.createDirectories(folder);
        // Not "sqlite-…": the driver deletes files so named in its temp folder when it starts.
        Path library = folder.resolve("dondoc-" + SQLiteJDBCLoader.getVersion() + "-" + name);
        if (Files.isRegularFile(library) && Files.size(library) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(library), bytes)) {
            return library;
        }
        // Written aside and moved in: a process loading it meanwhile never sees half a file.
        Path part = Files.createTempFile(folder, "dondoc-", ".part");
        try {
            Files.write(part, bytes);
            try {
                // Readable by every user of the machine: each dondoc, whoever runs it, uses the same copy.
                Files.setPosixFilePermissions(part, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows and the like: the default is fine.
            }
            Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return library;
    }
}
