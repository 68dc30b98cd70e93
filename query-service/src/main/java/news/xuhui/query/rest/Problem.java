package news.xuhui.query.rest;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * {@code parameter} names the offending request parameter where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** @param type a short kebab-case code; it becomes {@code urn:news.xuhui:problem:<type>} */
    public static Response response(int status, String title, String type, String detail, String instance,
            String parameter) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("urn:news.xuhui:problem:" + type, title, status, detail, instance, parameter))
                .build();
    }
}
