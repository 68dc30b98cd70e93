package news.xuhui.ingest.security;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Turns OIDC bearer tokens on exactly when an OIDC provider is configured ({@code QUARKUS_OIDC_AUTH_SERVER_URL}):
 * quarkus-oidc refuses to start without a provider unless its default tenant is disabled. Its ordinal is below
 * application.properties and the environment, so an explicit {@code quarkus.oidc.tenant-enabled} still wins.
 */
public class OidcTenantSwitch implements ConfigSourceFactory {

    static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.oidc.auth-server-url");
        boolean configured = url != null && url.getValue() != null && !url.getValue().isBlank();
        return List.of(new PropertiesConfigSource(Map.of(TENANT_ENABLED, String.valueOf(configured)),
                "OidcTenantSwitch", 150));
    }
}
