package dev.fivewhys.work;

import java.util.List;

import dev.fivewhys.security.User;
import io.quarkus.qute.TemplateExtension;

/** {@code {owners:choices}}: who a failure, an analysis or a follow-up may be given to, on any page. */
@TemplateExtension(namespace = "owners")
final class OwnerTemplates {

    private OwnerTemplates() {
    }

    static List<User> choices() {
        return Owners.assignable();
    }
}
