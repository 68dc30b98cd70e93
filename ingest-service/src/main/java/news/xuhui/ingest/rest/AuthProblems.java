package news.xuhui.ingest.rest;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * 401 and 403 as problem+json. A 401 keeps the challenge the authentication mechanisms send
 * ({@code WWW-Authenticate: Basic ...}, or {@code Bearer} when OIDC is on), so clients know how to log in.
 */
public class AuthProblems {

    private static final String BASIC_CHALLENGE = "Basic realm=\"ingest-service\"";

    @ServerExceptionMapper
    public Uni<Response> anonymous(UnauthorizedException e, RoutingContext context) {
        return unauthorized(context, "this needs a login: HTTP Basic (user ingest) or an OIDC bearer token");
    }

    @ServerExceptionMapper
    public Uni<Response> failedLogin(AuthenticationFailedException e, RoutingContext context) {
        return unauthorized(context, "wrong user name or password, or an invalid token");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext context) {
        return Problem.response(403, "Forbidden", "forbidden", "the user is logged in but lacks the role this needs "
                + "(writes need role ingest)", context.request().path());
    }

    private static Uni<Response> unauthorized(RoutingContext context, String detail) {
        Response problem = Problem.response(401, "Unauthorized", "unauthorized", detail, context.request().path());
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(context);
        return challenge.onFailure().recoverWithNull().map(data -> {
            Response.ResponseBuilder response = Response.fromResponse(problem);
            boolean challenged = false;
            if (data != null) {
                for (Map.Entry<CharSequence, String> header : data.getHeaders().entrySet()) {
                    if (HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(header.getKey().toString())) {
                        response.header(HttpHeaders.WWW_AUTHENTICATE, header.getValue());
                        challenged = true;
                    }
                }
            }
            if (!challenged) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
            }
            return response.build();
        });
    }
}
