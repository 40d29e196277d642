package org.irlint.server.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Netty's wire logging ({@code micronaut.server.netty.log-level}) hex-dumps every request byte, drafts included,
 * and the access log writes request lines, query strings included. Neither can be made safe for patient data,
 * so irlint switches both off whatever the configuration says, and says so once.
 */
@Singleton
final class NoWireLogging implements BeanCreatedEventListener<NettyHttpServerConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(NoWireLogging.class);

    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration config = event.getBean();
        if (config.getLogLevel().isPresent()) {
            LOG.warn("Ignoring micronaut.server.netty.log-level: wire logs would contain drafts");
            config.setLogLevel(null);
        }
        NettyHttpServerConfiguration.AccessLogger access = config.getAccessLogger();
        if (access != null && access.isEnabled()) {
            LOG.warn("Ignoring micronaut.server.netty.access-logger: request lines can contain drafts");
            access.setEnabled(false);
        }
        return config;
    }
}
