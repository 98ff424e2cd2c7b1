package dev.fivewhys.fix;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A test the fix added so the cause cannot come back unnoticed: its path and kind (unit, integration, e2e…). */
@Entity
public class FixTest extends PanacheEntity {

    @ManyToOne(optional = false)
    public Fix fix;
    public int position;
    public String path;
    public String kind;
}
