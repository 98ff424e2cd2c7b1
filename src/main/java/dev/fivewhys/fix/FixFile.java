package dev.fivewhys.fix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A changed file of a fix and its lines ("2352-2353, 2465-2466"; empty when not known). */
@Entity
@Table(name = "fix_file")
public class FixFile extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "fix_id")
    public Fix fix;
    public int position;
    public String path;
    /** Canonical {@link LineRanges} text. */
    @Column(name = "line_ranges")
    public String lineRanges = "";
}
