package org.wps.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The message bundles: every English key has a French twin and the other way round, and none is blank. */
class MessageBundlesTest {

    @Test
    void everyKeyHasATwinInTheOtherLanguage() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");

        assertThat(english).isNotEmpty();
        assertThat(french.stringPropertyNames())
                .as("keys of messages_fr.properties")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (Properties bundle : new Properties[] {english, french}) {
            bundle.forEach((key, value) ->
                    assertThat(value.toString()).as(key.toString()).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
