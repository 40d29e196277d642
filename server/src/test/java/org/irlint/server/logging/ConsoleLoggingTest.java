package org.irlint.server.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logback is configured by {@link ConsoleLogging} (no logback.xml), as the bundled XML file used to. */
class ConsoleLoggingTest {
    @Test
    void logbackFindsTheConfiguratorAndLogsToTheConsoleWithThePattern() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ConsoleAppender<?> console = assertInstanceOf(ConsoleAppender.class,
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT"));
        assertEquals(ConsoleLogging.PATTERN, ((PatternLayoutEncoder) console.getEncoder()).getPattern());
    }

    @Test
    void theLevelComesFromIrlintLogLevelAndDefaultsToInfo() {
        String before = System.getProperty("IRLINT_LOG_LEVEL");
        try {
            System.setProperty("IRLINT_LOG_LEVEL", " debug ");
            assertEquals(Level.DEBUG, ConsoleLogging.level());
            System.setProperty("IRLINT_LOG_LEVEL", "no-such-level");
            assertEquals(Level.INFO, ConsoleLogging.level());
        } finally {
            if (before == null) {
                System.clearProperty("IRLINT_LOG_LEVEL");
            } else {
                System.setProperty("IRLINT_LOG_LEVEL", before);
            }
        }
    }
}
