package dev.fivewhys.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import dev.fivewhys.fix.Fix;

/** "SYSTEM STABILITY VALIDATION … LOW RISK … GO": proof that a fix does not break what worked. */
@Entity
public class StabilityValidation extends FixReview {

    @OneToMany(mappedBy = "validation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<StabilityCheck> checks = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public RiskLevel riskLevel;
    @Enumerated(EnumType.STRING)
    public Readiness readiness;
    public String notes;

    /** Newest first: the first one is the one go/no-go reads. */
    public static List<StabilityValidation> listForFix(Fix fix) {
        return list("fix = ?1 order by recordedAt desc, id desc", fix);
    }

    public static StabilityValidation latestFor(Fix fix) {
        return find("fix = ?1 order by recordedAt desc, id desc", fix).firstResult();
    }

}
