package news.xuhui.ingest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.Iterator;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

class OidcTenantSwitchTest {

    private static String tenantEnabled(String authServerUrl) {
        ConfigSourceContext context = new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                String value = name.equals("quarkus.oidc.auth-server-url") ? authServerUrl : null;
                return ConfigValue.builder().withName(name).withValue(value).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return Collections.emptyIterator();
            }
        };
        ConfigSource source = new OidcTenantSwitch().getConfigSources(context).iterator().next();
        return source.getValue(OidcTenantSwitch.TENANT_ENABLED);
    }

    @Test
    void withoutAProviderOidcIsOff() {
        assertEquals("false", tenantEnabled(null));
        assertEquals("false", tenantEnabled(" "));
    }

    @Test
    void aProviderUrlTurnsOidcOn() {
        assertEquals("true", tenantEnabled("https://login.example.org/realms/xuhui"));
    }
}
