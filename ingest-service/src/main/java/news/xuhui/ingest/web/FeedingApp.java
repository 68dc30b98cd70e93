package news.xuhui.ingest.web;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.security.SecurityConfig;
import news.xuhui.ingest.watch.InboxGauges;
import news.xuhui.ingest.watch.InboxWatcher;

/**
 * The feeding app: one page to drop page files into the pipeline, follow them, and preview the parser. It needs the
 * writers' role like the writes it makes, so the browser asks for the login once and its {@code fetch} calls reuse it.
 */
@Path("/")
public class FeedingApp {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    @CheckedTemplate
    static class Templates {
        /**
         * @param messages the script's words as JSON, already safe inside a script element
         */
        static native TemplateInstance feed(String lang, InboxGauges gauges, String readingAppUrl, String messages);
    }

    @Inject
    IngestConfig config;

    @Inject
    InboxWatcher watcher;

    @Inject
    ObjectMapper json;

    @Inject
    FeedMessages chinese;

    @Inject
    @Localized("en")
    FeedMessages english;

    @GET
    @RolesAllowed(SecurityConfig.WRITER_ROLE)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true) // a page for people, not part of the HTTP API
    public Response page(@Context HttpHeaders headers) throws JsonProcessingException {
        Locale locale = language(headers.getAcceptableLanguages());
        FeedMessages msg = locale == Locale.ENGLISH ? english : chinese;
        TemplateInstance page = Templates.feed(locale.toLanguageTag(), watcher.gauges(),
                stripTrailingSlash(config.web().readingAppUrl()), scriptJson(ClientMessages.of(msg)));
        page.setLocale(locale);
        // the language follows the header: caches must keep one copy per language
        return Response.ok(page).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).build();
    }

    /** The first of the caller's languages (by preference) that the app speaks; Chinese when none is. */
    static Locale language(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** JSON that cannot end the script element it sits in, nor open a comment there. */
    private String scriptJson(Object value) throws JsonProcessingException {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
