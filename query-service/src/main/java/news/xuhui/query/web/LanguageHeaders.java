package news.xuhui.query.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The reading app's pages say their language, and that it follows {@code Accept-Language}: a cache keeps one copy
 * per language instead of serving the first one to everybody.
 */
public class LanguageHeaders {

    @ServerResponseFilter
    public void language(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (resource.getResourceClass() == ReadingApp.class) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                    ReadingApp.locale(request.getAcceptableLanguages()).toLanguageTag());
        }
    }
}
