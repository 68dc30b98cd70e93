package news.xuhui.infra.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;

/** Readiness as the services' packaged-jar tests see it. */
public final class Health {

    private Health() {
    }

    /**
     * Waits for {@code /q/health/ready} of the service RestAssured points at to answer 200 with status UP: a service
     * listens first and is ready only once its own checks (broker, database, inbox) pass.
     */
    public static void assertBecomesReady() {
        Awaitility.await("ready").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().get("/q/health/ready").then().body("status", equalTo("UP"));
    }
}
