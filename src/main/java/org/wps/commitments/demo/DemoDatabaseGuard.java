package org.wps.commitments.demo;

import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Demo data never reaches real data: before any bean exists (so before a connection is opened or a demo user is
 * written), the start refuses
 * <ul>
 *   <li>the demo profile (the default one) on any database but the embedded H2 (file or memory), and</li>
 *   <li>demo users or demo commitments ({@code commitments.demo.users}, {@code commitments.demo.commitments})
 *       outside the demo and test profiles.</li>
 * </ul>
 * The message names the database's kind (the JDBC sub-protocol), never the URL's host, user or password.
 * Registered in {@code META-INF/spring.factories}; it runs after Spring Boot has read the configuration files.
 */
public class DemoDatabaseGuard implements EnvironmentPostProcessor, Ordered {

    static final String URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment);
    }

    /** Throws {@link IllegalStateException} when the environment would put demo data into a real database. */
    public static void check(Environment environment) {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        boolean test = environment.acceptsProfiles(Profiles.of("test"));
        if (demo) {
            String url = environment.getProperty(URL, "");
            if (!isEmbeddedH2(url)) {
                throw new IllegalStateException(
                        "The demo profile (the default profile) seeds users with a published "
                                + "password and invented commitments, so it runs only on the embedded H2 database; "
                                + "spring.datasource.url points to a " + kind(url) + " database. Start with "
                                + "SPRING_PROFILES_ACTIVE=postgres for real data, or remove SPRING_DATASOURCE_URL for the demo.");
            }
        }
        if (!demo
                && !test
                && (flag(environment, "commitments.demo.users") || flag(environment, "commitments.demo.commitments"))) {
            throw new IllegalStateException("commitments.demo.users and commitments.demo.commitments seed demo data "
                    + "with a published password; they are allowed only in the demo profile (embedded H2).");
        }
    }

    /** {@code jdbc:h2:file:}, {@code jdbc:h2:mem:} or a bare H2 file path; not H2's TCP or SSL server modes. */
    static boolean isEmbeddedH2(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        if (!u.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = u.substring("jdbc:h2:".length());
        return !rest.startsWith("tcp:") && !rest.startsWith("ssl:") && !rest.startsWith("zip:");
    }

    /** The JDBC sub-protocol ("postgresql", "h2:tcp", ...), nothing after it. */
    static String kind(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        if (u.isEmpty()) {
            return "unset (non-H2)";
        }
        if (!u.startsWith("jdbc:")) {
            return "non-JDBC";
        }
        String[] parts = u.substring("jdbc:".length()).split(":", 3);
        String kind = parts[0].replaceAll("[^a-z0-9]", "");
        if ("h2".equals(kind) && parts.length > 1) {
            kind = "h2:" + parts[1].replaceAll("[^a-z0-9]", "");
        }
        return kind.isEmpty() ? "unknown" : kind;
    }

    private static boolean flag(Environment environment, String name) {
        return Boolean.parseBoolean(environment.getProperty(name, "false"));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
