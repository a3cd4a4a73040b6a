package org.wps.commitments;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.wps.commitments.notification.Mailbox;

/**
 * The one Spring context shared by every integration test: the whole application on a random port, in-memory
 * database, job executor off, demo users seeded, e-mail sent to one GreenMail SMTP server (read it with
 * {@link Mailbox}), metrics exported as in production ({@code /actuator/prometheus}; Spring Boot's tests turn
 * exporters off otherwise). Using only this annotation keeps one cached context.
 * The database is H2 in memory, or a real PostgreSQL server when {@link TestDatabase} says so; every test
 * class carrying this annotation is tagged {@code integration} and runs on both in {@code mvn verify}.
 * Flow-node coverage of every test class is reported in {@code target/process-test-coverage/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = CommitmentTrackerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
@ContextConfiguration(initializers = {Mailbox.SmtpServer.class, TestDatabase.class})
@Tag("integration")
public @interface TrackerTest {}
