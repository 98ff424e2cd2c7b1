package dev.fivewhys.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.web.Cookies;
import dev.fivewhys.web.SameOrigin;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** Logging in with the login form, and out. */
@Path("/")
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class);

    @Inject
    FiveWhysConfig config;
    @Inject
    PasswordCheck passwords;
    @Inject
    LoginSessions sessions;
    @Inject
    Cookies cookies;
    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String problem, boolean showDemoUsers);
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login() {
        return page("", null);
    }

    /**
     * A good password starts a login and goes where the browser was going; a wrong one shows the form again (401),
     * too many wrong ones refuse even the right one for a while (429). The form has no CSRF token (nobody is logged in
     * yet to own one): a login form posted from another site is refused by its origin, so no site can log a visitor in
     * as someone else.
     */
    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logIn(@RestForm String username, @RestForm String password, RoutingContext context) {
        if (!SameOrigin.allows(context.request(), config.baseUrl())) {
            return show(403, username, "Log in from the login page of Five Whys itself.").build();
        }
        String address = PasswordCheck.addressOf(context.request());
        User user;
        try {
            user = passwords.verify(username, password, address);
        } catch (LoginThrottled throttled) {
            return show(429, username, "Too many failed logins with this username or from this address. Try again in "
                    + throttled.waitInWords() + ".").header("Retry-After", throttled.retryAfterSeconds()).build();
        } catch (AuthenticationFailedException wrong) {
            return show(401, username, "That username and password do not match an active account.").build();
        }
        cookies.set(context, LoginSessionMechanism.COOKIE, sessions.start(user), null);
        String target = LoginSessionMechanism.goingTo(context);
        cookies.clear(context, LoginSessionMechanism.GOING_TO_COOKIE);
        LOG.infof("%s logged in from %s", user.username, address);
        return Response.seeOther(URI.create(target)).build();
    }

    /** Ends the login on the server: the cookie, should anyone have kept it, opens nothing any more. */
    @POST
    @Path("logout")
    @Authenticated
    public Response logout(RoutingContext context) {
        CurrentLogin login = CurrentLogin.of(identity);
        if (login != null) {
            sessions.end(login.sessionId());
        }
        cookies.clear(context, LoginSessionMechanism.COOKIE);
        return Response.seeOther(URI.create("/login")).build();
    }

    private Response.ResponseBuilder show(int status, String username, String problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(username == null ? "" : username, problem));
    }

    private TemplateInstance page(String username, String problem) {
        return Templates.login(username, problem, config.demoData() && LaunchMode.current() == LaunchMode.DEVELOPMENT);
    }
}
