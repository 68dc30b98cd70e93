package news.xuhui.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import news.xuhui.infra.EventSchemas;

/**
 * The examples in the schemas are what consumers read first and what query-service's contract test deserialises:
 * each must be a valid event of its own schema.
 */
class SchemaExamplesTest {

    private static final EventSchemas SCHEMAS = new EventSchemas();

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (String file : EventSchemas.FILES) {
            JsonNode examples = EventSchemas.tree(file).path("examples");
            for (int i = 0; i < examples.size(); i++) {
                out.add(Arguments.of(file, i, examples.get(i)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} example {1}")
    @MethodSource("examples")
    void everyExampleValidatesAgainstItsSchema(String file, int index, JsonNode example) {
        assertEquals(List.of(), SCHEMAS.validate(file, example.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = { EventSchemas.ARTICLE, EventSchemas.PAGE })
    void everySchemaHasExamples(String file) {
        assertFalse(EventSchemas.tree(file).path("examples").isEmpty(), file + " has examples");
    }

    /** Guards the guard: a validator that accepted everything would make every test above pass. */
    @Test
    void anExampleMissingARequiredFieldOrWithABadDateIsRefused() {
        ObjectNode article = (ObjectNode) EventSchemas.tree(EventSchemas.ARTICLE).get("examples").get(0).deepCopy();
        article.remove("articleId");
        assertFalse(SCHEMAS.validate(EventSchemas.ARTICLE, article.toString()).isEmpty(), "articleId is required");

        ObjectNode page = (ObjectNode) EventSchemas.tree(EventSchemas.PAGE).get("examples").get(0).deepCopy();
        page.put("parsedAt", "yesterday");
        assertFalse(SCHEMAS.validate(EventSchemas.PAGE, page.toString()).isEmpty(), "parsedAt is a date-time");

        ObjectNode pageEdition = (ObjectNode) EventSchemas.tree(EventSchemas.PAGE).get("examples").get(0).deepCopy();
        ((ObjectNode) pageEdition.get("edition")).remove("paper");
        assertTrue(!SCHEMAS.validate(EventSchemas.PAGE, pageEdition.toString()).isEmpty(),
                "the page schema's edition is the article schema's, by reference");
    }
}
