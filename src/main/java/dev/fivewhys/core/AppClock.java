package dev.fivewhys.core;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** The one source of "now" and of waiting: tests replace them with a clock they move by hand. */
@ApplicationScoped
public class AppClock {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    Sleeper sleeper() {
        return Sleeper.SYSTEM;
    }
}
