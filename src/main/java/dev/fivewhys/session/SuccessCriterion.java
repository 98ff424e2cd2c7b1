package dev.fivewhys.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
public class SuccessCriterion extends PanacheEntity {

    @ManyToOne(optional = false)
    public TestSession session;
    public int position;
    public String text;
    @Enumerated(EnumType.STRING)
    public CriterionState state = CriterionState.OPEN;
}
