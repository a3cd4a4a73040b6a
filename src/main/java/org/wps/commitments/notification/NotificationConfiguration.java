package org.wps.commitments.notification;

import java.time.Duration;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Scheduling of the outbox's retry sweep, and SMTP timeouts. Mails are sent on the thread that commits the
 * engine's transaction (a job executor thread, a Tasklist request), and JavaMail waits for ever by default.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration implements SchedulingConfigurer {

    /** Connect, read and write timeout of the SMTP connection unless {@code spring.mail.properties} sets them. */
    static final Duration SMTP_TIMEOUT = Duration.ofSeconds(10);

    private final Outbox outbox;
    private final NotificationProperties properties;

    NotificationConfiguration(Outbox outbox, NotificationProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    /**
     * Every {@code retry-every}, starting one period after start-up, unless {@code retry-enabled} is false (tests
     * call {@link Outbox#sendDue()} themselves). Every node sweeps; the claims keep them from sending a row twice.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.retryEnabled() && outbox.isConfigured()) {
            registrar.addFixedDelayTask(
                    new FixedDelayTask(outbox::sendDue, properties.retryEvery(), properties.retryEvery()));
        }
    }

    @Bean
    static BeanPostProcessor smtpTimeouts() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    Properties mail = sender.getJavaMailProperties();
                    String prefix = "mail." + sender.getProtocol() + ".";
                    String millis = Long.toString(SMTP_TIMEOUT.toMillis());
                    mail.putIfAbsent(prefix + "connectiontimeout", millis);
                    mail.putIfAbsent(prefix + "timeout", millis);
                    mail.putIfAbsent(prefix + "writetimeout", millis);
                }
                return bean;
            }
        };
    }
}
