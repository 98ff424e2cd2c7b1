package dev.fivewhys.github.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one row that remembers GitHub's last word on our request budget, shared by every copy of the app. */
@Entity
@Table(name = "github_rate_limit")
public class GitHubRateLimit extends PanacheEntityBase {

    static final int THE_ROW = 1;

    @Id
    public int id = THE_ROW;
    public Integer remaining;
    @Column(name = "quota")
    public Integer limit;
    @Column(name = "reset_at")
    public Instant resetAt;
    @Column(name = "observed_at")
    public Instant observedAt;
    /** Set when GitHub refused a call for the rate limit: no job is sent before then. */
    @Column(name = "blocked_until")
    public Instant blockedUntil;

    public static GitHubRateLimit current() {
        return findById(THE_ROW);
    }
}
