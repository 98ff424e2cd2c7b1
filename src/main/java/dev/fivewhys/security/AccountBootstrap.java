package dev.fivewhys.security;

import java.time.Clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import dev.fivewhys.core.FiveWhysConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/** Makes sure an empty database can be logged into: it creates user "admin" at the first start. */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    @Inject
    FiveWhysConfig config;
    @Inject
    Clock clock;
    @Inject
    PasswordHashing hashing;

    /** Each password is hashed before the transaction that stores its account, as everywhere (bcrypt takes its time). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(() -> User.count()) > 0) {
            return;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(config.demoData() ? "admin" : null);
        if (password == null) {
            // a generated password would have to be shown somewhere, and a log is no place for a secret
            LOG.warn("There are no users yet: set FIVEWHYS_ADMIN_PASSWORD and start the app again to create user 'admin'");
            return;
        }
        PasswordHash admin = hashing.hash(password);
        PasswordHash engineer = config.demoData() ? hashing.hash("engineer") : null;
        PasswordHash manager = config.demoData() ? hashing.hash("manager") : null;
        QuarkusTransaction.requiringNew().run(() -> {
            User.create("admin", admin, Role.ADMIN, clock.instant());
            if (config.demoData()) {
                User.create("engineer", engineer, Role.ENGINEER, clock.instant());
                User.create("manager", manager, Role.MANAGER, clock.instant());
            }
        });
        LOG.info(config.demoData() ? "Created demo users admin/admin, engineer/engineer and manager/manager"
                : "Created user 'admin'");
    }
}
