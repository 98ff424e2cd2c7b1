package dev.fivewhys.session;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** "### 23:20 - FIVE-WHYS BUG ANALYSIS & FIX COMPLETED": a timestamped markdown entry of a session's timeline. */
@Entity
public class LogEntry extends PanacheEntity {

    @ManyToOne(optional = false)
    public TestSession session;
    public Instant occurredAt;
    public String title;
    /** Markdown, rendered with raw HTML escaped. */
    public String body;
    public String author;
    public Instant createdAt;
}
