package news.xuhui.ingest.security;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/** Closes the reading endpoints to anonymous callers when {@code ingest.security.read-requires-auth} is true. */
public class ReadAccessFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    @Inject
    SecurityConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> requireLoginToRead(ContainerRequestContext request) {
        if (!config.readRequiresAuth() || !READS.contains(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        // authentication is lazy (quarkus.http.auth.proactive=false): asking for the identity runs it
        return identities.getDeferredIdentity().invoke(identity -> {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
        }).replaceWithVoid();
    }
}
