package news.xuhui.ingest.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may write, whether reading needs a login, and how much parsing anonymous callers may ask for at once. */
@ConfigMapping(prefix = "ingest.security")
public interface SecurityConfig {

    /** The role every write endpoint requires. */
    String WRITER_ROLE = "ingest";

    /**
     * Users who may log in with HTTP Basic, by user name ({@code ingest.security.users.<name>.password} and
     * {@code .roles}). The {@code ingest} user takes its password from {@code INGEST_PASSWORD}; in production there is
     * no default, and without it nobody can log in: writes are refused with 401 (the service still starts and reads).
     */
    Map<String, User> users();

    /** When true, the GET endpoints under /api need a logged-in user too (any role); health and metrics stay open. */
    @WithDefault("false")
    boolean readRequiresAuth();

    /** {@code POST /api/parse} stays open to anyone but at most this many parses run at once; beyond it: 429. */
    @WithDefault("2")
    int maxConcurrentParses();

    interface User {

        /** Absent or empty: the user exists but cannot log in. */
        Optional<String> password();

        @WithDefault(WRITER_ROLE)
        List<String> roles();
    }
}
