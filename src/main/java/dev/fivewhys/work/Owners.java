package dev.fivewhys.work;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisRevision;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.followup.FollowUpResource;
import dev.fivewhys.security.User;
import dev.fivewhys.web.ApiProblem;
import dev.fivewhys.web.FormErrors;

/** Gives failures and analyses an owner, from the pages and the API alike, each change in the record's history. */
@ApplicationScoped
public class Owners {

    @Inject
    Clock clock;

    /**
     * The user a form or the API names: an active engineer or admin, or nobody for a blank name.
     *
     * @return null for nobody, or when a message was added
     */
    public static User named(String username, FormErrors errors) {
        if (username == null || username.isBlank()) {
            return null;
        }
        String name = username.strip();
        User user = assignable().stream().filter(u -> u.username.equals(name)).findFirst().orElse(null);
        if (user == null) {
            errors.add("owner", "No active engineer or admin named " + name);
        }
        return user;
    }

    /** The owner a page's select sent: another name is a forged or stale form, answered 400. */
    static User namedOrRefused(String owner) {
        FormErrors errors = FormErrors.none();
        User user = named(owner, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors.get("owner"));
        }
        return user;
    }

    /** What the API sends: {"owner": "username"}, or null for nobody. */
    public record Owner(String owner) {
    }

    static User namedInApi(Owner request) {
        if (request == null) {
            throw new BadRequestException("body: send {\"owner\": \"username\"}, or null for nobody");
        }
        FormErrors errors = FormErrors.none();
        User user = named(request.owner(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        return user;
    }

    static String message(boolean changed, User user) {
        return !changed ? "Nothing changed" : user == null ? "Nobody owns it now" : "Owned by " + user.username;
    }

    public static List<User> assignable() {
        return FollowUpResource.owners();
    }

    /** @return whether the owner changed */
    public boolean assign(Failure failure, User owner, String actor) {
        String was = nameOf(failure.owner);
        if (Objects.equals(was, nameOf(owner))) {
            return false;
        }
        failure.owner = owner;
        FailureEvent.record(failure, clock.instant(), FailureEvent.ASSIGNED, line(was, owner), actor, null);
        return true;
    }

    /** @return whether the owner changed */
    public boolean assign(Analysis analysis, User owner, String actor) {
        String was = nameOf(analysis.owner);
        if (Objects.equals(was, nameOf(owner))) {
            return false;
        }
        Instant now = clock.instant();
        analysis.owner = owner;
        analysis.updatedAt = now;
        AnalysisRevision.record(analysis, now, actor, List.of(line(was, owner)));
        return true;
    }

    private static String line(String was, User now) {
        return "Owner: " + (was == null ? "nobody" : was) + " → " + (now == null ? "nobody" : now.username);
    }

    private static String nameOf(User user) {
        return user == null ? null : user.username;
    }
}
