package dev.fivewhys.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.fivewhys.core.FiveWhysConfig;
import io.quarkus.runtime.StartupEvent;

/** Makes sure an empty database can be logged into: it creates user "admin" at the first start. */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    @Inject
    FiveWhysConfig config;
    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (User.count() > 0) {
            return;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        if (password == null && config.demoData()) {
            password = "admin";
        }
        if (password == null) {
            password = randomPassword();
            // The one time this password is ever shown: the operator reads it here and changes it.
            LOG.warnf("Created user 'admin' with generated password %s (set FIVEWHYS_ADMIN_PASSWORD to choose it)",
                    password);
        } else {
            LOG.info("Created user 'admin'");
        }
        User.create("admin", password, Role.ADMIN, clock.instant());
        if (config.demoData()) {
            User.create("engineer", "engineer", Role.ENGINEER, clock.instant());
            User.create("manager", "manager", Role.MANAGER, clock.instant());
            LOG.info("Created demo users admin/admin, engineer/engineer and manager/manager");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
