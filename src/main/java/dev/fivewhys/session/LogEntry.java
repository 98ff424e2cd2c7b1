package dev.fivewhys.session;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** "### 23:20 - FIVE-WHYS BUG ANALYSIS & FIX COMPLETED": a timestamped markdown entry of a session's timeline. */
@Entity
@Table(name = "log_entry")
public class LogEntry extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public TestSession session;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String title;
    /** Markdown, rendered with raw HTML escaped. */
    public String body;
    public String author;
    @Column(name = "created_at")
    public Instant createdAt;
}
