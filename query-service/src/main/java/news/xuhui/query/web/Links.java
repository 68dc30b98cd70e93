package news.xuhui.query.web;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** The reading app's own URLs, for the templates: {@code {link:person(name)}}. */
@TemplateExtension(namespace = "link")
final class Links {

    private Links() {
    }

    static String article(String id) {
        return PageUrl.path(List.of("articles", id));
    }

    static String person(String name) {
        return PageUrl.path(List.of("people", name));
    }

    static String edition(LocalDate date) {
        return PageUrl.path(List.of("editions", String.valueOf(date)));
    }

    static String editionPage(LocalDate date, Integer page) {
        return PageUrl.path(List.of("editions", String.valueOf(date), String.valueOf(page)));
    }
}
