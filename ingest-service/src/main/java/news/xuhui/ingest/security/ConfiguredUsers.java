package news.xuhui.ingest.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Checks HTTP Basic logins against {@code ingest.security.users}: a single machine needs no user database. */
@ApplicationScoped
public class ConfiguredUsers implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ConfiguredUsers.class);

    @Inject
    SecurityConfig config;

    void warnWhenNobodyCanWrite(@Observes StartupEvent event) {
        boolean writer = config.users().values().stream()
                .anyMatch(u -> u.password().isPresent() && u.roles().contains(SecurityConfig.WRITER_ROLE));
        if (!writer) {
            LOG.warn("No user with role 'ingest' has a password (set INGEST_PASSWORD): POST /api/files and "
                    + "POST /api/reparse will answer 401 to everyone");
        }
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        SecurityConfig.User user = config.users().get(request.getUsername());
        if (user == null || user.password().isEmpty()
                || !sameSecret(user.password().get(), request.getPassword().getPassword())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("wrong user name or password"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getUsername()))
                .addRoles(new HashSet<>(user.roles()))
                .build());
    }

    /** Compares digests, so the time taken tells nothing about how much of the password was right. */
    private static boolean sameSecret(String expected, char[] given) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] a = sha.digest(expected.getBytes(StandardCharsets.UTF_8));
            ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(given));
            byte[] givenBytes = new byte[encoded.remaining()];
            encoded.get(givenBytes);
            byte[] b = sha.digest(givenBytes);
            return MessageDigest.isEqual(a, b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
