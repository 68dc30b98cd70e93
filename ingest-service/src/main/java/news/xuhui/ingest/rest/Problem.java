package news.xuhui.ingest.rest;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** @param type a short kebab-case code; it becomes {@code urn:news.xuhui:problem:<type>} */
    public static Response response(int status, String title, String type, String detail, String instance) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("urn:news.xuhui:problem:" + type, title, status, detail, instance))
                .build();
    }
}
