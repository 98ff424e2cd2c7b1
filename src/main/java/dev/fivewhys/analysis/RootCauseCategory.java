package dev.fivewhys.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The kind of root cause, for counting recurring causes on the impact page. Admins manage the list; a category in use
 * is retired rather than deleted, so the analyses that name it keep their meaning.
 */
@Entity
public class RootCauseCategory extends PanacheEntity {

    /**
     * The categories a new installation starts with (seeded by the V4 migration), covering the causes the seeds report
     * (a moved import, a silent fallback import, staging configuration).
     */
    public static final List<String> DEFAULT_NAMES = List.of(
            "dependency/import",
            "configuration",
            "deployment",
            "infrastructure",
            "code defect",
            "test defect",
            "data",
            "third party");

    public String name;
    public int position;
    public boolean active = true;
    public Instant createdAt;

    public static List<RootCauseCategory> listAll() {
        return list("order by position, name");
    }

    /** The ones a new analysis may choose, plus the one it already has (which may have been retired since). */
    public static List<RootCauseCategory> listChoosable(Long currentId) {
        return list("active = true or id = ?1 order by position, name", currentId == null ? -1L : currentId);
    }

    public static Optional<RootCauseCategory> findByName(String name) {
        return find("lower(name) = lower(?1)", name == null ? "" : name.strip()).firstResultOptional();
    }

    public static int nextPosition() {
        Integer max = find("select max(position) from RootCauseCategory").project(Integer.class).firstResult();
        return max == null ? 1 : max + 1;
    }
}
