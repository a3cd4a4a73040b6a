package org.wps.commitments;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Everything the application logs while it is open (the test's SMTP server aside), at the levels production runs with: every statement of our
 * own code (any level), and the engine's command context at INFO, which the test profile otherwise silences.
 * Read the formatted messages with their exceptions (messages, causes, stack traces) as one text:
 *
 * <pre>{@code
 * try (var logs = LogCapture.start()) {
 *     ... // work
 *     assertThat(logs.text()).doesNotContain("Mary Akol");
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {

    private static final Map<String, Level> LEVELS = Map.of(
            "org.wps.commitments", Level.TRACE,
            "org.camunda.bpm.engine.context", Level.INFO);

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root;
    private final Map<Logger, Level> previous = new LinkedHashMap<>();

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LEVELS.forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            previous.put(logger, logger.getLevel());
            logger.setLevel(level);
        });
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** The events the application logged so far (not those of the test's own SMTP server, GreenMail). */
    public List<ILoggingEvent> events() {
        // appending is synchronized on the appender (AppenderBase), and other threads may log meanwhile
        synchronized (appender) {
            return appender.list.stream()
                    .filter(e -> !e.getLoggerName().startsWith("com.icegreen."))
                    .toList();
        }
    }

    /** Every event so far as text: logger, level, formatted message, and the exception with causes and frames. */
    public String text() {
        return events().stream()
                .map(e -> e.getLoggerName() + " " + e.getLevel() + " " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null
                                ? ""
                                : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        previous.forEach(Logger::setLevel);
    }
}
