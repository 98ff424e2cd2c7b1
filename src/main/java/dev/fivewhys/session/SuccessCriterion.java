package dev.fivewhys.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
@Table(name = "success_criterion")
public class SuccessCriterion extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public TestSession session;
    public int position;
    public String text;
    @Enumerated(EnumType.STRING)
    public CriterionState state = CriterionState.OPEN;
}
