package dev.fivewhys.fix;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A changed file of a fix and its lines ("2352-2353, 2465-2466"; empty when not known). */
@Entity
public class FixFile extends PanacheEntity {

    @ManyToOne(optional = false)
    public Fix fix;
    public int position;
    public String path;
    /** Canonical {@link LineRanges} text. */
    public String lineRanges = "";
}
