package dev.fivewhys.session;

import java.time.Instant;

import jakarta.persistence.Column;
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
    /** Who wrote it, or for an entry the app wrote, whose action it tells of. */
    public String author;
    public Instant createdAt;
    /** The app wrote it itself when something in the session's story happened; people's entries are false. */
    @Column(name = "written_by_app")
    public boolean writtenByApp;
}
