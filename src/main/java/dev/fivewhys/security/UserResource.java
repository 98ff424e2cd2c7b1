package dev.fivewhys.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import io.quarkus.security.identity.SecurityIdentity;

/** Admins create accounts, change roles, reset forgotten passwords and deactivate people who left. */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN)
public class UserResource {

    private static final String TAKEN = "This username is taken";

    @Inject
    Forms forms;
    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;
    @Inject
    LoginSessions sessions;
    @Inject
    PasswordHashing hashing;
    @Inject
    Accounts accounts;

    public static class NewUserForm {
        @RestForm
        @NotBlank(message = "Choose a username")
        @Pattern(regexp = "[a-zA-Z0-9._-]{2,64}", message = "2 to 64 letters, digits, dots, dashes or underscores")
        public String username;

        @RestForm
        @NotBlank(message = "Choose a password")
        @Size(min = User.MIN_PASSWORD, max = User.MAX_PASSWORD, message = User.PASSWORD_RULE)
        public String password;

        @RestForm
        @NotBlank(message = "Choose a role")
        @Pattern(regexp = "admin|engineer|manager", message = "Choose admin, engineer or manager")
        public String role = Role.ENGINEER;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<User> users, NewUserForm form, FormErrors errors, List<String> roles);
    }

    @GET
    public TemplateInstance users() {
        return page(new NewUserForm(), FormErrors.none());
    }

    /** The password is hashed before the short transaction that stores the account (bcrypt takes its time). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam NewUserForm form) {
        FormErrors errors = forms.validate(form);
        if (errors.isEmpty() && User.findByUsername(form.username).isPresent()) {
            errors.add("username", TAKEN);
        }
        if (errors.isEmpty()) {
            PasswordHash hash = hashing.hash(form.password);
            if (accounts.create(form.username, hash, form.role, clock.instant()).isEmpty()) {
                errors.add("username", TAKEN);
            }
        }
        if (!errors.isEmpty()) {
            form.password = "";
            return Forms.invalid(page(form, errors));
        }
        return forms.redirect("/admin/users", "User " + form.username + " created");
    }

    @POST
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response changeRole(@PathParam("id") long id, @RestForm String role) {
        User user = find(id);
        if (!Role.isValid(role)) {
            return refused("Choose admin, engineer or manager");
        }
        if (isSelf(user) && !Role.ADMIN.equals(role)) {
            return refused("You cannot take the admin role from yourself");
        }
        user.role = role;
        return forms.redirect("/admin/users", user.username + " is now " + role);
    }

    /** A deactivated user's logins end at once, on every copy of the app; their API tokens stop working too. */
    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response setActive(@PathParam("id") long id, @RestForm String active) {
        User user = find(id);
        Optional<Boolean> flag = Forms.flag(active);
        if (flag.isEmpty()) {
            return refused("Say whether the user is active with true or false");
        }
        boolean activate = flag.get();
        if (isSelf(user) && !activate) {
            return refused("You cannot deactivate yourself");
        }
        user.active = activate;
        if (!activate) {
            sessions.endAllOf(user, null);
        }
        return forms.redirect("/admin/users", user.username + (activate ? " reactivated" : " deactivated"));
    }

    /**
     * For someone who forgot theirs: a new password, and the end of every login with the old one. Hashed before the
     * short transaction that stores it.
     */
    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") long id, @RestForm String password) {
        User user = find(id);
        if (password == null || password.length() < User.MIN_PASSWORD || password.length() > User.MAX_PASSWORD) {
            return refused("New password of " + user.username + ": " + User.PASSWORD_RULE.toLowerCase());
        }
        PasswordHash hash = hashing.hash(password);
        CurrentLogin login = CurrentLogin.of(identity);
        accounts.changePassword(user.id, hash, isSelf(user) && login != null ? login.sessionId() : null);
        return forms.redirect("/admin/users", "Password of " + user.username + " reset; their logins were ended");
    }

    private Response refused(String message) {
        return Forms.invalid(page(new NewUserForm(), FormErrors.none().add(FormErrors.FORM, message)));
    }

    private boolean isSelf(User user) {
        return user.username.equals(identity.getPrincipal().getName());
    }

    private static User find(long id) {
        User user = User.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    private TemplateInstance page(NewUserForm form, FormErrors errors) {
        return Templates.users(User.listByUsername(), form, errors, Role.ALL);
    }
}
