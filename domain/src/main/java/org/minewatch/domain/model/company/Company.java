package org.minewatch.domain.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A mining company that publishes production releases. Its identity is its name; it owns mines,
 * consolidated figures and company-level guidance.
 */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    protected Company() {
        // for JPA
    }

    public Company(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A company needs a name");
        }
        if (name.trim().length() > 200) {
            throw new IllegalArgumentException("A company's name is at most 200 characters");
        }
        this.name = name.trim();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Company other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
