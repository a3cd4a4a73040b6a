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
 * Scheduling of the outbox's retry sweep, and SMTP timeouts: JavaMail waits for ever by default, and a sender
 * thread (or, with {@code sender-threads: 0} or a full queue, the thread that committed) would wait with it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration implements SchedulingConfigurer {

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
