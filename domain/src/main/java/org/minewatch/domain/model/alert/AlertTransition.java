package org.minewatch.domain.model.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One step in an alert's life: from which status to which, who (a user, or "system"), when, and why. */
@Entity
@Table(name = "alert_transition")
public class AlertTransition {

    @Id
    @SequenceGenerator(name = "alert_transition_seq", sequenceName = "alert_transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_transition_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "alert_id", nullable = false)
    private Alert alert;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 15)
    private AlertStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 15)
    private AlertStatus to;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 2000)
    private String note;

    protected AlertTransition() {
        // for JPA
    }

    AlertTransition(Alert alert, AlertStatus from, AlertStatus to, String actor, Instant occurredAt, String note) {
        this.alert = alert;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    public Optional<AlertStatus> from() {
        return Optional.ofNullable(from);
    }

    public AlertStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
