package news.xuhui.e2e;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

import io.restassured.specification.RequestSpecification;

/**
 * Requests of the end-to-end tests to the services: one place for what every request to a service carries (such as
 * credentials, should reading be closed by configuration).
 */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** A REST Assured request to {@code service}. */
    static RequestSpecification to(ServiceProcess service) {
        return given().baseUri(service.baseUri());
    }

    /** A plain request to {@code path} of {@code service}, for what REST Assured cannot do (reading a stream). */
    static HttpRequest.Builder request(ServiceProcess service, String path) {
        return HttpRequest.newBuilder(URI.create(service.baseUri() + path));
    }

    static HttpClient client() {
        return CLIENT;
    }
}
