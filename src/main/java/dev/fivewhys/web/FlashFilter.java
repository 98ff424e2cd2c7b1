package dev.fivewhys.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

public class FlashFilter {

    @Inject
    Flash flash;

    @ServerResponseFilter
    public void writeFlash(ContainerResponseContext response) {
        if (flash.pending() != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie(Flash.encode(flash.pending()), 60));
        } else if (flash.shown()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie("", 0));
        }
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(Flash.COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
