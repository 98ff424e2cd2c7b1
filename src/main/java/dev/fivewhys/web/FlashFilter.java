package dev.fivewhys.web;

import java.time.Duration;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;

public class FlashFilter {

    private static final Duration LIFETIME = Duration.ofMinutes(1);

    @Inject
    Flash flash;
    @Inject
    Cookies cookies;

    @ServerResponseFilter
    public void writeFlash(RoutingContext context) {
        String pending = flash.pending();
        if (pending != null) {
            cookies.set(context, Flash.COOKIE, flash.signed(pending), LIFETIME);
        } else if (flash.wasShown()) {
            cookies.clear(context, Flash.COOKIE);
        }
    }
}
