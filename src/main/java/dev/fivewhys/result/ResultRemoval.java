package dev.fivewhys.result;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A month whose test results retention removed (written by {@link ResultRetention} only). */
@Entity
@Table(name = "result_removal")
public class ResultRemoval extends PanacheEntityBase {

    @Id
    public LocalDate month;
    @Column(name = "removed_at")
    public Instant removedAt;

    /** "October 2025". */
    public String monthName() {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
