package dev.fivewhys.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.web.SameOrigin;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request that could change something and comes with a browser login (the only credential a browser sends by
 * itself) must carry that login's CSRF token, in the form field or the header, whatever its body: none, a form, a
 * file upload or anything else. It must not come from another site's page either. The API takes no browser logins,
 * so it needs no token; the login form is checked by its origin ({@link LoginResource}).
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final String REFUSED = "This form has expired or did not come from a page of Five Whys, so nothing "
            + "was changed. Go back, reload the page and send it again.";

    @Inject
    SecurityIdentity identity;
    @Inject
    FiveWhysConfig config;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        CurrentLogin login = CurrentLogin.of(identity);
        if (login == null || SAFE.contains(request.getMethod())) {
            return;
        }
        String sent = request.getHeaderString(CsrfToken.HEADER);
        if (sent == null && isForm(request.getMediaType())) {
            sent = (String) ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(CsrfToken.FIELD, true, false);
        }
        if (sent == null || !SameOrigin.allows(routing.request(), config.baseUrl()) || !MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), login.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw new WebApplicationException(REFUSED, 403);
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) && !type.isWildcardType()
                && !type.isWildcardSubtype();
    }
}
