package org.wps.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Cookies are Secure and HSTS is on in every profile but demo and test (plain http://localhost), read from the
 * configuration files themselves, without a Spring context.
 */
class SecureCookieSettingsTest {

    private static final String[] SECURE = {
        "server.servlet.session.cookie.secure",
        "camunda.bpm.webapp.session-cookie.enable-secure-cookie",
        "camunda.bpm.webapp.csrf.enable-secure-cookie"
    };

    private static PropertySource<?> yaml(String name) throws IOException {
        return new YamlPropertySourceLoader()
                .load(name, new ClassPathResource(name))
                .get(0);
    }

    @Test
    void everyProfileSendsCookiesOnlyOverHttpsAndHstsIsOn() throws IOException {
        PropertySource<?> defaults = yaml("application.yaml");
        for (String property : SECURE) {
            assertThat(defaults.getProperty(property)).as(property).isEqualTo(true);
        }
        assertThat(defaults.getProperty("camunda.bpm.webapp.header-security.hsts-disabled"))
                .isEqualTo(false);
        PropertySource<?> postgres = yaml("application-postgres.yaml");
        for (String property : SECURE) {
            assertThat(postgres.getProperty(property))
                    .as("postgres keeps " + property)
                    .isNull();
        }
    }

    @Test
    void onlyDemoAndTestTurnSecureCookiesOff() throws IOException {
        for (String profile : new String[] {"application-demo.yaml", "application-test.yaml"}) {
            PropertySource<?> source = yaml(profile);
            for (String property : SECURE) {
                assertThat(source.getProperty(property))
                        .as(profile + " " + property)
                        .isEqualTo(false);
            }
        }
    }
}
