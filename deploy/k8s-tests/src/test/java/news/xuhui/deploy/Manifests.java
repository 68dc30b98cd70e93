package news.xuhui.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * The resources of deploy/k8s as kubectl apply -k would send them (the files its kustomization.yaml lists), each read
 * strictly into its model class: io.strimzi:api for Strimzi, the fabric8 model for Kubernetes.
 */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("project.root", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final ObjectMapper YAML = new YAMLMapper();

    /** Model class per apiVersion/kind. A kind missing here fails the tests rather than going unchecked. */
    private static final Map<String, Class<?>> MODEL = new HashMap<>();

    static {
        List.of(Namespace.class, ConfigMap.class, Secret.class, Service.class, ServiceAccount.class,
                PersistentVolumeClaim.class, Deployment.class, StatefulSet.class, PodDisruptionBudget.class,
                HorizontalPodAutoscaler.class)
                .forEach(type -> MODEL.put(HasMetadata.getApiVersion(type) + "/" + HasMetadata.getKind(type), type));
        // the classes' annotations name v1beta2, the version they are stored as; the manifests use v1 (Strimzi 0.49+)
        List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class)
                .forEach(type -> MODEL.put("kafka.strimzi.io/v1/" + HasMetadata.getKind(type), type));
        // CloudNativePG publishes no Java model: its fields are checked by name where they matter
        MODEL.put("postgresql.cnpg.io/v1/Cluster", GenericKubernetesResource.class);
    }

    /** Unknown properties fail where the model has no catch-all; where it has one, {@link #unknownProperties} does. */
    private static final ObjectMapper STRICT = new YAMLMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One document of a manifest file: where it is, as read, and as its model class. */
    record Resource(Path file, JsonNode node, Object model) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return ROOT.relativize(file) + ": " + kind() + " " + name();
        }
    }

    private Manifests() {
    }

    /** Every resource kubectl apply -k deploy/k8s applies. */
    static List<Resource> all() {
        JsonNode kustomization = documents(K8S.resolve("kustomization.yaml")).get(0);
        List<Resource> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            resources.addAll(read(K8S.resolve(entry.asText())));
        }
        return resources;
    }

    static <T> List<T> models(Class<T> type) {
        return all().stream().map(Resource::model).filter(type::isInstance).map(type::cast).toList();
    }

    /** Reads each document of a file into its model class; fails on a kind without one and on unknown properties. */
    static List<Resource> read(Path file) {
        List<Resource> resources = new ArrayList<>();
        for (JsonNode node : documents(file)) {
            String key = node.path("apiVersion").asText() + "/" + node.path("kind").asText();
            Class<?> type = MODEL.get(key);
            if (type == null) {
                throw new AssertionError(file + ": no model for " + key);
            }
            Object model;
            try {
                model = STRICT.treeToValue(node, type);
            } catch (IOException e) {
                throw new AssertionError(file + ": " + key + " does not read as " + type.getName() + ": "
                        + e.getMessage(), e);
            }
            List<String> unknown = type == GenericKubernetesResource.class ? List.of() : unknownProperties(model, key);
            if (!unknown.isEmpty()) {
                throw new AssertionError(file + ": unknown properties " + unknown);
            }
            resources.add(new Resource(file, node, model));
        }
        return resources;
    }

    /** The non-empty documents of a YAML file (a leading "---" or comment-only document reads as nothing). */
    static List<JsonNode> documents(Path file) {
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            return StreamSupport.stream(((Iterable<JsonNode>) () -> values).spliterator(), false)
                    .filter(node -> node != null && node.isObject() && !node.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Strimzi and fabric8 model classes keep properties they do not know in an additionalProperties map (so a
     * newer field survives a round trip) instead of failing: a misspelt or misplaced field lands there. Lists them
     * by path, walking the bean getters of the model objects.
     */
    static List<String> unknownProperties(Object value, String path) {
        // a set: a property can be reached through two getters (a covariant bridge method)
        Set<String> found = new LinkedHashSet<>();
        collectUnknown(value, path, found, 0);
        return List.copyOf(found);
    }

    private static void collectUnknown(Object value, String path, Set<String> found, int depth) {
        if (value == null || depth > 40) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + i++ + "]", found, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collectUnknown(item, path + "." + key, found, depth + 1));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.strimzi.") && !pkg.startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (Modifier.isStatic(getter.getModifiers()) || getter.getParameterCount() > 0
                    || getter.getDeclaringClass() == Object.class || !getter.getName().matches("(get|is)[A-Z].*")
                    || getter.getReturnType().isPrimitive() || getter.getReturnType() == String.class) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> found.add(path + "." + key));
                }
            } else {
                collectUnknown(property, path + "." + property(getter.getName()), found, depth + 1);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " on " + target.getClass(), e);
        }
    }

    private static String property(String getter) {
        String name = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
