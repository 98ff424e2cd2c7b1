package dev.fivewhys.project;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
public class Project extends PanacheEntity {

    public String name;
    public String slug;
    /** {@code owner/name} of the GitHub repository issues and comments go to; may be empty. */
    @Column(name = "github_repository")
    public String githubRepository;
    /** Comma-separated labels every GitHub issue of this project gets. */
    @Column(name = "default_labels")
    public String defaultLabels = "";
    /** Failures at or above this severity go to GitHub by themselves; null: only when someone sends them. */
    @Enumerated(EnumType.STRING)
    @Column(name = "github_auto_severity")
    public Severity githubAutoSeverity;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    /** Its failures (and what is shown with them) go to GitHub only when it names a repository. */
    public boolean mirrorsToGitHub() {
        return githubRepository != null && !githubRepository.isBlank();
    }

    public static Optional<Project> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Project> listByName() {
        return list("order by name");
    }

    public List<String> defaultLabelList() {
        return Arrays.stream(defaultLabels.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
