package dev.fivewhys.web;

import java.net.URI;

import io.vertx.core.http.HttpServerRequest;

/**
 * Whether a browser says a request was sent by a page of this app. Browsers name the page's origin in {@code Origin}
 * on every cross-site (and most same-site) POST, and say {@code Sec-Fetch-Site}; a request with neither did not come
 * from a page at all (curl, CI), which cross-site request forgery needs.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** @param baseUrl where people reach the app (fivewhys.base-url): behind a proxy the Host may say otherwise */
    public static boolean allows(HttpServerRequest request, String baseUrl) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !origin.equals("null") && (hostOf(origin).equalsIgnoreCase(String.valueOf(request.getHeader("Host")))
                    || hostOf(origin).equalsIgnoreCase(hostOf(baseUrl)));
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    /** "https://host:8443/path" → "host:8443"; "" for what is not a URL. */
    private static String hostOf(String url) {
        try {
            String authority = URI.create(url.trim()).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
