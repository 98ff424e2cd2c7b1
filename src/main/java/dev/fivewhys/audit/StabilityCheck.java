package dev.fivewhys.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** "Performance Impact: database manager creation 0.0008s average": one check of a stability validation. */
@Entity
@Table(name = "stability_check")
public class StabilityCheck extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "validation_id")
    public StabilityValidation validation;
    public int position;
    public String name;
    @Enumerated(EnumType.STRING)
    public CheckOutcome outcome;
    public String measurement;
}
