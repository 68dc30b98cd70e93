package news.xuhui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.user.KafkaUser;

/** The Kubernetes resources of deploy/k8s (generated and hand-written), read with the fabric8 model and checked. */
class KubernetesResourcesTest {

    /** Secrets made at install time, not kept in the repository (the README's "Deploying" says how). */
    private static final Set<String> INSTALL_TIME_SECRETS = Set.of("ingest-service-credentials");

    /** A Deployment or StatefulSet, the parts the checks need. */
    record Workload(String kind, String name, LabelSelector selector, PodTemplateSpec template) {
        Map<String, String> labels() {
            return template.getMetadata().getLabels();
        }
    }

    private static List<Workload> workloads() {
        Stream<Workload> deployments = Manifests.models(Deployment.class).stream().map(d -> new Workload("Deployment",
                d.getMetadata().getName(), d.getSpec().getSelector(), d.getSpec().getTemplate()));
        Stream<Workload> statefulSets = Manifests.models(StatefulSet.class).stream().map(s -> new Workload(
                "StatefulSet", s.getMetadata().getName(), s.getSpec().getSelector(), s.getSpec().getTemplate()));
        List<Workload> all = Stream.concat(deployments, statefulSets).toList();
        assertEquals(Set.of("ingest-service", "query-service"),
                Set.copyOf(all.stream().map(Workload::name).toList()), "the services' workloads");
        return all;
    }

    @Test
    void everyContainerHasHealthProbesLimitsAndANonRootUser() {
        for (Workload workload : workloads()) {
            PodSecurityContext pod = Optional.ofNullable(workload.template().getSpec().getSecurityContext())
                    .orElseGet(PodSecurityContext::new);
            for (Container container : workload.template().getSpec().getContainers()) {
                String where = workload.name() + "/" + container.getName() + ": ";
                assertProbe(where + "liveness", container.getLivenessProbe(), "/q/health/live");
                assertProbe(where + "readiness", container.getReadinessProbe(), "/q/health/ready");
                assertProbe(where + "startup", container.getStartupProbe(), "/q/health/started");

                assertNotNull(container.getResources(), where + "resources");
                assertTrue(container.getResources().getLimits().keySet().containsAll(Set.of("cpu", "memory")),
                        where + "cpu and memory limits");
                assertTrue(container.getResources().getRequests().keySet().containsAll(Set.of("cpu", "memory")),
                        where + "cpu and memory requests");

                SecurityContext own = Optional.ofNullable(container.getSecurityContext())
                        .orElseGet(SecurityContext::new);
                assertEquals(Boolean.TRUE, first(own.getRunAsNonRoot(), pod.getRunAsNonRoot()), where + "runAsNonRoot");
                Long user = first(own.getRunAsUser(), pod.getRunAsUser());
                assertTrue(user != null && user != 0, where + "runAsUser set and not root");
                assertEquals(Boolean.FALSE, own.getAllowPrivilegeEscalation(), where + "allowPrivilegeEscalation");
                assertEquals(Boolean.TRUE, own.getReadOnlyRootFilesystem(), where + "readOnlyRootFilesystem");
                assertNotNull(own.getCapabilities(), where + "capabilities");
                assertEquals(List.of("ALL"), own.getCapabilities().getDrop(), where + "capabilities dropped");
            }
        }
    }

    @Test
    void selectorsMatchTheLabelsOfThePodsTheyMean() {
        List<Workload> workloads = workloads();
        for (Workload workload : workloads) {
            assertSelects(workload.kind() + " " + workload.name(), workload.selector().getMatchLabels(),
                    workload.labels());
        }
        for (Service service : Manifests.models(Service.class)) {
            assertSelectsOne("Service " + service.getMetadata().getName(), service.getSpec().getSelector(), workloads);
        }
        for (PodDisruptionBudget pdb : Manifests.models(PodDisruptionBudget.class)) {
            assertSelectsOne("PodDisruptionBudget " + pdb.getMetadata().getName(),
                    pdb.getSpec().getSelector().getMatchLabels(), workloads);
        }
        for (HorizontalPodAutoscaler hpa : Manifests.models(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec().getScaleTargetRef();
            assertTrue(workloads.stream().anyMatch(w -> w.kind().equals(target.getKind())
                    && w.name().equals(target.getName())), "HorizontalPodAutoscaler target " + target);
        }
    }

    @Test
    void configurationComesFromConfigMapsAndSecretsThatAreThere() {
        Set<String> configMaps = names(ConfigMap.class);
        Set<String> secrets = new HashSet<>(names(Secret.class));
        secrets.addAll(INSTALL_TIME_SECRETS);
        // CloudNativePG generates <cluster>-app, the credentials of the database's owner
        databaseClusters().forEach(cluster -> secrets.add(cluster.getMetadata().getName() + "-app"));
        // Strimzi's User Operator generates a secret of each KafkaUser's name (password, sasl.jaas.config)
        Manifests.models(KafkaUser.class).forEach(user -> secrets.add(user.getMetadata().getName()));

        for (Workload workload : workloads()) {
            for (Container container : workload.template().getSpec().getContainers()) {
                String where = workload.name() + "/" + container.getName() + ": ";
                assertFalse(container.getEnvFrom().isEmpty(), where + "configuration from a ConfigMap or Secret");
                container.getEnvFrom().forEach(from -> {
                    if (from.getConfigMapRef() != null) {
                        assertTrue(configMaps.contains(from.getConfigMapRef().getName()), where + from);
                    }
                    if (from.getSecretRef() != null) {
                        assertTrue(secrets.contains(from.getSecretRef().getName()), where + from);
                    }
                });
                container.getEnv().stream().filter(env -> env.getValueFrom() != null
                        && env.getValueFrom().getSecretKeyRef() != null).forEach(env -> assertTrue(
                        secrets.contains(env.getValueFrom().getSecretKeyRef().getName()), where + env));
            }
        }
    }

    @Test
    void queryServiceUsesTheDatabaseClustersPrimaryAndItsGeneratedCredentials() {
        GenericKubernetesResource cluster = databaseClusters().get(0);
        String name = cluster.getMetadata().getName();
        assertEquals(3, ((Number) ((Map<?, ?>) cluster.getAdditionalProperties().get("spec")).get("instances"))
                .intValue(), "PostgreSQL instances");

        Map<String, String> config = Manifests.models(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("query-service-config")).findFirst().orElseThrow()
                .getData();
        assertTrue(config.get("QUARKUS_DATASOURCE_JDBC_URL").startsWith("jdbc:postgresql://" + name + "-rw:"),
                "the JDBC URL names the read-write service " + name + "-rw");

        Container container = workloads().stream().filter(w -> w.name().equals("query-service")).findFirst()
                .orElseThrow().template().getSpec().getContainers().get(0);
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            var ref = container.getEnv().stream().filter(env -> env.getName().equals(variable)).findFirst()
                    .orElseThrow(() -> new AssertionError(variable + " not set")).getValueFrom().getSecretKeyRef();
            assertEquals(name + "-app", ref.getName(), variable);
            assertEquals(variable.endsWith("USERNAME") ? "username" : "password", ref.getKey(), variable);
        }
    }

    @Test
    void everyServiceLogsInToKafkaAsItsOwnUser() {
        GenericKafkaListener listener = Manifests.models(Kafka.class).get(0).getSpec().getKafka().getListeners().get(0);
        assertEquals("scram-sha-512", listener.getAuth().getType(), "the services' listener");
        Set<String> users = names(KafkaUser.class);
        for (Workload workload : workloads()) {
            Container container = workload.template().getSpec().getContainers().get(0);
            Map<String, String> config = Manifests.models(ConfigMap.class).stream()
                    .filter(c -> container.getEnvFrom().stream().anyMatch(from -> from.getConfigMapRef() != null
                            && from.getConfigMapRef().getName().equals(c.getMetadata().getName())))
                    .findFirst().orElseThrow().getData();
            assertTrue(config.get("KAFKA_BOOTSTRAP_SERVERS").endsWith(":" + listener.getPort()), workload.name());
            assertEquals("SASL_PLAINTEXT", config.get("KAFKA_SECURITY_PROTOCOL"), workload.name());
            assertEquals("SCRAM-SHA-512", config.get("KAFKA_SASL_MECHANISM"), workload.name());
            var login = container.getEnv().stream().filter(env -> env.getName().equals("KAFKA_SASL_JAAS_CONFIG"))
                    .findFirst().orElseThrow(() -> new AssertionError(workload.name() + ": no Kafka login"))
                    .getValueFrom().getSecretKeyRef();
            assertEquals(workload.name(), login.getName(), "the KafkaUser of " + workload.name());
            assertTrue(users.contains(login.getName()), "KafkaUser " + login.getName());
            assertEquals("sasl.jaas.config", login.getKey());
        }
    }

    @Test
    void theIngestReplicasShareOneReadWriteManyInbox() {
        StatefulSet ingest = Manifests.models(StatefulSet.class).stream()
                .filter(s -> s.getMetadata().getName().equals("ingest-service")).findFirst().orElseThrow();
        assertTrue(ingest.getSpec().getReplicas() > 1, "several ingest replicas");
        String claim = ingest.getSpec().getTemplate().getSpec().getVolumes().stream()
                .map(Volume::getPersistentVolumeClaim).filter(c -> c != null).findFirst()
                .orElseThrow(() -> new AssertionError("no inbox volume")).getClaimName();
        PersistentVolumeClaim pvc = Manifests.models(PersistentVolumeClaim.class).stream()
                .filter(p -> p.getMetadata().getName().equals(claim)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + claim));
        assertEquals(List.of("ReadWriteMany"), pvc.getSpec().getAccessModes());
    }

    private static List<GenericKubernetesResource> databaseClusters() {
        List<GenericKubernetesResource> clusters = Manifests.models(GenericKubernetesResource.class).stream()
                .filter(r -> r.getApiVersion().equals("postgresql.cnpg.io/v1") && r.getKind().equals("Cluster"))
                .toList();
        assertEquals(1, clusters.size(), "one CloudNativePG Cluster");
        return clusters;
    }

    private static Set<String> names(Class<? extends HasMetadata> type) {
        Set<String> names = new HashSet<>();
        Manifests.models(type).forEach(resource -> names.add(resource.getMetadata().getName()));
        return names;
    }

    private static void assertProbe(String what, Probe probe, String path) {
        assertNotNull(probe, what + " probe");
        assertNotNull(probe.getHttpGet(), what + " probe by HTTP");
        assertEquals(path, probe.getHttpGet().getPath(), what + " probe path");
    }

    private static void assertSelects(String what, Map<String, String> selector, Map<String, String> labels) {
        assertTrue(selector != null && !selector.isEmpty(), what + ": empty selector");
        assertTrue(labels.entrySet().containsAll(selector.entrySet()), what + ": " + selector + " vs " + labels);
    }

    private static void assertSelectsOne(String what, Map<String, String> selector, List<Workload> workloads) {
        assertTrue(selector != null && !selector.isEmpty(), what + ": empty selector");
        assertEquals(1, workloads.stream().filter(w -> w.labels().entrySet().containsAll(selector.entrySet())).count(),
                what + " selects exactly one workload's pods: " + selector);
    }

    private static <T> T first(T own, T inherited) {
        return own != null ? own : inherited;
    }
}
