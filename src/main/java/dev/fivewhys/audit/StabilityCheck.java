package dev.fivewhys.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** "Performance Impact: database manager creation 0.0008s average": one check of a stability validation. */
@Entity
public class StabilityCheck extends PanacheEntity {

    @ManyToOne(optional = false)
    public StabilityValidation validation;
    public int position;
    public String name;
    @Enumerated(EnumType.STRING)
    public CheckOutcome outcome;
    public String measurement;
}
