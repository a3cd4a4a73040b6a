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
 * Scheduling of the outbox's retry sweep and of its purge, and SMTP timeouts: JavaMail waits for ever by default, and a sender
 * thread (or, with {@code sender-threads: 0} or a full queue, the thread that committed) would wait with it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration implements SchedulingConfigurer {

    private final Outbox outbox;
    private final OutboxPurge purge;
    private final NotificationProperties properties;

    NotificationConfiguration(Outbox outbox, OutboxPurge purge, NotificationProperties properties) {
        this.outbox = outbox;
        this.purge = purge;
        this.properties = properties;
    }

    /**
     * The purge every {@code purge.every}, starting one period after start-up, unless {@code purge.enabled} is false.
     * Every {@code retry-every}, starting one period after start-up, unless {@code retry-enabled} is false (tests
     * call {@link Outbox#sendDue()} themselves). Every node sweeps; the claims keep them from sending a row twice.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.retryEnabled() && outbox.isConfigured()) {
            registrar.addFixedDelayTask(
                    new FixedDelayTask(outbox::sendDue, properties.retryEvery(), properties.retryEvery()));
        }
        // also without an SMTP server: rows written while one was configured still hold their text; a failed run is
        // logged by the scheduler and the next one tries again
        if (properties.purge().enabled()) {
            Duration every = properties.purge().every();
            registrar.addFixedDelayTask(new FixedDelayTask(purge::purge, every, every));
        }
    }

    /** {@code commitments.notifications.smtp-timeout} on the mail sender, unless {@code spring.mail.properties} sets it. */
    @Bean
    static BeanPostProcessor smtpTimeouts(org.springframework.core.env.Environment environment) {
        // bound here, early, because a bean post-processor is created before the configuration properties beans
        Duration timeout = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bindOrCreate("commitments.notifications", NotificationProperties.class)
                .smtpTimeout();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    Properties mail = sender.getJavaMailProperties();
                    String prefix = "mail." + sender.getProtocol() + ".";
                    String millis = Long.toString(timeout.toMillis());
                    mail.putIfAbsent(prefix + "connectiontimeout", millis);
                    mail.putIfAbsent(prefix + "timeout", millis);
                    mail.putIfAbsent(prefix + "writetimeout", millis);
                }
                return bean;
            }
        };
    }
}
