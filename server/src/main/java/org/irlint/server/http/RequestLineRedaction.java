package org.irlint.server.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpRequest;
import java.util.EventObject;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Micronaut's DEBUG and TRACE lines name each request's URI, query string included, and a LanguageTool client
 * may send a draft as {@code GET /v2/check?text=…}. This filter drops those per-request lines, whatever level
 * the deployment asks for; the rest of the framework's debug output stays. Installed before the first request
 * (by {@link org.irlint.server.Application} and by {@link Installer} when the server is embedded, as in tests)
 * so it holds with any Logback configuration.
 */
public final class RequestLineRedaction extends TurboFilter {
    private static final List<String> REQUEST_LINE_LOGGERS = List.of(
            "io.micronaut.http.server.RequestLifecycle",
            "io.micronaut.http.server.netty.NettyRequestLifecycle",
            "io.micronaut.http.server.netty.RoutingInBoundHandler");

    /** Installs the filter as soon as the application context starts. */
    @Context
    static final class Installer {
        Installer() {
            install();
        }
    }

    /** Adds the filter to Logback once; does nothing when another logging backend is in use. */
    public static void install() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(f -> f instanceof RequestLineRedaction)) {
            RequestLineRedaction filter = new RequestLineRedaction();
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    private RequestLineRedaction() {
        setName("irlint-request-line-redaction");
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || level.isGreaterOrEqual(Level.INFO) || logger == null) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        if (!name.startsWith("io.micronaut") && !name.startsWith("io.netty")) {
            return FilterReply.NEUTRAL;
        }
        for (String prefix : REQUEST_LINE_LOGGERS) {
            if (name.startsWith(prefix)) {
                return FilterReply.DENY;
            }
        }
        if (params != null) {
            for (Object p : params) {
                if (p instanceof HttpRequest<?> || p instanceof io.netty.handler.codec.http.HttpRequest
                        || p instanceof EventObject e && e.getSource() instanceof HttpRequest<?>) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }
}
