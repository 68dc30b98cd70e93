package news.xuhui.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The SCRAM users of a local secure broker: made once with random passwords, then read from their file. */
public final class ScramUsers {

    static final String ADMIN = "broker-admin";

    private ScramUsers() {
    }

    /** Reads {@code file}, or first writes it (readable by its owner only) with new passwords. */
    public static KafkaBroker.Scram loadOrCreate(Path file) throws IOException {
        Properties users = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                users.load(in);
            }
        } else {
            for (String user : new String[] { ADMIN, LocalInfra.INGEST_KAFKA_USER, LocalInfra.QUERY_KAFKA_USER }) {
                users.setProperty(user, randomPassword());
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                users.store(out, "SCRAM-SHA-512 users of the local broker (made when its storage was formatted)");
            }
        }
        Map<String, String> services = new LinkedHashMap<>();
        users.stringPropertyNames().stream().filter(u -> !u.equals(ADMIN)).sorted()
                .forEach(u -> services.put(u, users.getProperty(u)));
        return new KafkaBroker.Scram(ADMIN, users.getProperty(ADMIN), services);
    }

    /** Letters and digits only: the password goes into a JAAS line and a shell variable. */
    public static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', 'x').replace('_', 'y');
    }
}
