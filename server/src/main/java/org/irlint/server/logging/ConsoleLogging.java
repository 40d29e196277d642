package org.irlint.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The server's Logback configuration, in code: one console appender, root level from {@code IRLINT_LOG_LEVEL}
 * (a system property or environment variable, default INFO). It replaces a {@code logback.xml} only because
 * parsing XML with Joran was ~45 ms of the main thread's CPU before Micronaut could start. Found by Logback's
 * service loader ({@code META-INF/services}); {@code -Dlogback.configurationFile=…} still wins, as before.
 *
 * <p>Drafts never reach a log line: irlint logs counts, rule ids and paths, never request bodies, and the
 * framework's own request logging stays off (see docs/server.md, "Safe for patient data").
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // Logback's own configurator reads that file
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level());
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static Level level() {
        String name = System.getProperty("IRLINT_LOG_LEVEL");
        if (name == null || name.isBlank()) {
            name = System.getenv("IRLINT_LOG_LEVEL");
        }
        return Level.toLevel(name == null ? null : name.strip(), Level.INFO);
    }
}
