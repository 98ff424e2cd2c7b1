package dev.fivewhys.security;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** Your own account: your password, and personal API tokens for CI, created and revoked here. */
@Path("/profile")
public class ProfileResource {

    @Inject
    SecurityIdentity identity;
    @Inject
    Forms forms;
    @Inject
    Clock clock;
    @Inject
    PasswordCheck passwords;
    @Inject
    PasswordHashing hashing;
    @Inject
    Accounts accounts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(User user, java.util.List<ApiToken> tokens, String newToken, String name,
                FormErrors errors);
    }

    @GET
    @Authenticated
    public TemplateInstance profile() {
        User user = me();
        return page(user, "", FormErrors.none());
    }

    /** Answers with the page itself rather than a redirect: the token is shown this once and never stored. */
    @POST
    @Path("tokens")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response createToken(@RestForm String name) {
        User user = me();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            FormErrors errors = FormErrors.none().add("name", "Name the token after where it is used, e.g. GitHub Actions");
            return Forms.invalid(page(user, name, errors));
        }
        ApiToken.Issued issued = ApiToken.issue(user, trimmed, clock.instant());
        return Response.ok(Templates.profile(user, ApiToken.listOf(user), issued.secret(), "", FormErrors.none()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("tokens/{id}/revoke")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response revoke(@PathParam("id") long id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null || !token.user.username.equals(identity.getPrincipal().getName())) {
            throw new NotFoundException();
        }
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
        }
        return forms.redirect("/profile", "Token " + token.name + " revoked");
    }

    /**
     * Everyone may change their own password, with the current one. The other logins of the account end (whoever
     * may have learnt the old password is logged out); this one goes on. Not one transaction: checking the current
     * password and hashing the new one take bcrypt's time, so only the write at the end is one.
     */
    @POST
    @Path("password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@BeanParam PasswordForm form, RoutingContext context) {
        User user = me();
        FormErrors errors = forms.validate(form);
        if (errors.isEmpty() && !form.newPassword.equals(form.repeatPassword)) {
            errors.add("repeatPassword", "Type the same new password twice");
        }
        if (errors.isEmpty()) {
            try {
                passwords.verify(user.username, form.currentPassword, PasswordCheck.addressOf(context.request()));
            } catch (LoginThrottled throttled) {
                errors.add("currentPassword", "Too many wrong passwords; try again in " + throttled.waitInWords());
                return Response.fromResponse(Forms.invalid(page(user, "", errors))).status(429)
                        .header("Retry-After", throttled.retryAfterSeconds()).build();
            } catch (AuthenticationFailedException wrong) {
                errors.add("currentPassword", "That is not your current password");
            }
        }
        if (!errors.isEmpty()) {
            return Forms.invalid(page(user, "", errors));
        }
        PasswordHash hash = hashing.hash(form.newPassword);
        CurrentLogin login = CurrentLogin.of(identity);
        long ended = accounts.changePassword(user.id, hash, login == null ? null : login.sessionId());
        return forms.redirect("/profile", "Password changed" + (ended > 0 ? "; your other logins were ended" : ""));
    }

    private static TemplateInstance page(User user, String tokenName, FormErrors errors) {
        return Templates.profile(user, ApiToken.listOf(user), null, tokenName, errors);
    }

    private User me() {
        return User.findByUsername(identity.getPrincipal().getName()).orElseThrow(NotFoundException::new);
    }
}
