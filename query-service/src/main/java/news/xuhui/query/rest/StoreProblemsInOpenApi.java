package news.xuhui.query.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every API operation reads the store, so every one can meet the database failures {@link ProblemMappers#store}
 * answers. Documented here once (registered by {@code mp.openapi.filter}) instead of on each method: a 503 with
 * Retry-After while the database is unavailable (added to a 503 the operation already has), and a 500 otherwise.
 */
public class StoreProblemsInOpenApi implements OASFilter {

    static final String UNAVAILABLE = "The database is unavailable at the moment (problem type store-unavailable);"
            + " retry after the Retry-After header's seconds";
    static final String ERROR = "The database failed on this request (problem type store-error); the detail quotes"
            + " the error id under which it was logged";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                operations(item).forEach(this::document);
            }
        });
    }

    private static Iterable<Operation> operations(PathItem item) {
        return item.getOperations() == null ? List.of() : item.getOperations().values();
    }

    private void document(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        APIResponse busy = responses.getAPIResponse("503");
        if (busy == null) {
            responses.addAPIResponse("503", problem(UNAVAILABLE, "store-unavailable", example(503,
                    "Service Unavailable", "store-unavailable", "the archive's database is unavailable at the moment;"
                            + " try again shortly (error 6b36f2f9-cf7c-4275-bcc4-37693a757df6)")));
        } else {
            busy.setDescription(busy.getDescription() + ". Or: " + UNAVAILABLE);
            var media = busy.getContent() == null ? null : busy.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (media != null) {
                media.addExample("store-unavailable", OASFactory.createExample().value(example(503,
                        "Service Unavailable", "store-unavailable", "the archive's database is unavailable at the"
                                + " moment; try again shortly (error 6b36f2f9-cf7c-4275-bcc4-37693a757df6)")));
            }
        }
        if (responses.getAPIResponse("500") == null) {
            responses.addAPIResponse("500", problem(ERROR, "store-error", example(500, "Internal Server Error",
                    "store-error", "the archive could not answer this request; it has been logged as error "
                            + "9fafa2d8-1032-43e0-8470-3a2d3b6aa347")));
        }
    }

    private static APIResponse problem(String description, String exampleName, Map<String, Object> example) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(exampleName, OASFactory.createExample().value(example))));
    }

    private static Map<String, Object> example(int status, String title, String type, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:news.xuhui:problem:" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", "/api/articles");
        return problem;
    }
}
