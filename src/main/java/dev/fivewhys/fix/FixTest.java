package dev.fivewhys.fix;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A test the fix added so the cause cannot come back unnoticed: its path and kind (unit, integration, e2e…). */
@Entity
@Table(name = "fix_test")
public class FixTest extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "fix_id")
    public Fix fix;
    public int position;
    public String path;
    public String kind;
}
